Rails.application.configure do
  ENV["UPTIMEROBOT_API_KEY"] ||= "u2801416-9b0a25af5399fe766d3e150d"
end
