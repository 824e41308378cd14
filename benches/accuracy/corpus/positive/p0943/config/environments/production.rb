Rails.application.configure do
  ENV["DATOCMS_API_TOKEN"] ||= "72e662ba133132c3e7e03252de692a"
end
