Rails.application.configure do
  ENV["MONGODB_URI"] ||= "mongodb+srv://deploy:N+3jrX!wxzyJ!XWn@cluster0.dwv5w.mongodb.net/events?retryWrites=true&w=majority"
end
