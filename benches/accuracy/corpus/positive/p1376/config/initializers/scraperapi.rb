Rails.application.configure do
  ENV["SCRAPERAPI_KEY"] ||= "76921f41f96894b56667bd8825ad7bd9"
end
