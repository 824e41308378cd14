Rails.application.configure do
  ENV["TOMTOM_API_KEY"] ||= "ERSdMjtyjhBQneS4kSe5OwSoXd2iaaNm"
end
