Rails.application.configure do
  ENV["CONNECTION_STRING"] ||= "mongodb+srv://${MONGO_USER}:${MONGO_PASSWORD}@cluster0.mongodb.net/app"
end
