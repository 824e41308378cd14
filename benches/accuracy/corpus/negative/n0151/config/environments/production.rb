Rails.application.configure do
  ENV["AWS_ACCESS_KEY_ID"] ||= "{api_key}"
end
