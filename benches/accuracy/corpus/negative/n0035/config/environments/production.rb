Rails.application.configure do
  ENV["MAILGUN_API_KEY"] ||= "key-0123456789abcdef0123456789abcdef"
end
