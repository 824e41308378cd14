Rails.application.configure do
  ENV["INTERNAL_API_KEY"] ||= "IAQRZpFd0hSNXWcQKLPwlrieVEM1Ka5n"
end
