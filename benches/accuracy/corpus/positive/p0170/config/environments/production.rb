Rails.application.configure do
  ENV["MWS_AUTH_TOKEN"] ||= "amzn.mws.58ca5432-5af0-4384-aa7d-4a9dc898297e"
end
