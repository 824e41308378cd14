Rails.application.configure do
  ENV["TWILIO_AUTH_TOKEN"] ||= "0123456789abcdef0123456789abcdef"
end
