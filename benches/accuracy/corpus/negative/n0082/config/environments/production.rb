Rails.application.configure do
  ENV["STRIPE_SECRET_KEY"] ||= "your_api_key_here"
end
