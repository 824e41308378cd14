Rails.application.configure do
  ENV["CLIENT_SECRET"] ||= "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
end
