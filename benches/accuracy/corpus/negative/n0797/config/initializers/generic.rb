Rails.application.configure do
  ENV["DATABASE_URL"] ||= "postgres://localhost:5432/app"
end
