Rails.application.configure do
  ENV["ACCUWEATHER_API_KEY"] ||= "D2lHZA7SyTBZXMAFYoogwuGAJDuTsoYt"
end
