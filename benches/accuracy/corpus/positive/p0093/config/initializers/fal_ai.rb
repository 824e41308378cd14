Rails.application.configure do
  ENV["FAL_KEY"] ||= "81f420cd-c415-4de7-88cc-98152e55e63c:f3abc20b5771ccd9fb35544d70d9d256"
end
