Rails.application.configure do
  ENV["TWILIO_API_KEY"] ||= "SK0b73ce6182094a6fa4a089903aa3b799"
  ENV["TWILIO_API_SECRET"] ||= "QNxmb1pjaAmLYwrA1QZFFW0k39WGPyDe"
end
