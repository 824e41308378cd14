Rails.application.configure do
  ENV["CODEBERG_TOKEN"] ||= "159e5280819521b46f30213201e6f2ad84641871"
end
