Rails.application.configure do
  ENV["BUGSNAG_API_KEY"] ||= "869f58513eedd829ec79c513b13f635f"
end
