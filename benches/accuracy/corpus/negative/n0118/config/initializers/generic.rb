Rails.application.configure do
  ENV["API_KEY"] ||= "foobar"
end
