Rails.application.configure do
  ENV["SLACK_BOT_TOKEN"] ||= "xoxb-************************************9563"
end
