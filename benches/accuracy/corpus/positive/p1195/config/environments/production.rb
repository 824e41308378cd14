Rails.application.configure do
  ENV["ELASTIC_API_KEY"] ||= "MlpyM3FHUXVPdmtNYUVkNXVIYjQ6S0Z0dlZObC1sVzY5cERXQTVNVnVMXw=="
end
