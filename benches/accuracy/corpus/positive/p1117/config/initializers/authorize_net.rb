Rails.application.configure do
  ENV["AUTHORIZENET_API_LOGIN_ID"] ||= "UA2Hkyxuid"
  ENV["AUTHORIZENET_TRANSACTION_KEY"] ||= "iA0v2JQCLwoVkpYE"
end
