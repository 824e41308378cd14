Rails.application.configure do
  ENV["CLIENT_SECRET"] ||= "12345678901234567890123456789012"
end
