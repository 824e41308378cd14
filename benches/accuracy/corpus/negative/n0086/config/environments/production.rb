Rails.application.configure do
  ENV["AWS_SECRET_ACCESS_KEY"] ||= "replace-with-your-token"
end
