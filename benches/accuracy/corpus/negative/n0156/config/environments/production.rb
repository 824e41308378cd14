Rails.application.configure do
  ENV["GITLAB_TOKEN"] ||= "<YOUR_API_KEY>"
end
