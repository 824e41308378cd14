Rails.application.configure do
  ENV["CLIENT_SECRET"] ||= "changeme"
end
