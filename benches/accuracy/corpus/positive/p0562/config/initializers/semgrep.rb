Rails.application.configure do
  ENV["SEMGREP_APP_TOKEN"] ||= "1c7adfc5ec54a862edde7cb5eff78290c35595da19f781fd04e7562849f71396"
end
