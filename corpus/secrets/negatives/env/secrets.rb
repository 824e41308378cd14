Rails.application.configure do
  config.api_key = ENV["PARTNER_API_KEY"]
  config.secret_token = ENV.fetch("SECRET_TOKEN")
  config.password = Rails.application.credentials.dig(:smtp, :password)
end
