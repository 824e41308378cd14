Rails.application.configure do
  ENV["OPENAI_API_KEY"] ||= "$${API_KEY}"
end
