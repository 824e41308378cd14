Rails.application.configure do
  ENV["SLACK_BOT_TOKEN"] ||= "xoxb-${API_KEY}"
end
