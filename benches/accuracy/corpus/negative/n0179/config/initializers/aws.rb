Rails.application.configure do
  ENV["AWS_ACCESS_KEY_ID"] ||= "AKIA#{ENV['API_KEY']}"
end
