Rails.application.configure do
  ENV["DB_PASSWORD"] ||= "Cobalt4359Summit_50"
end
