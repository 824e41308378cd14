Rails.application.configure do
  ENV["ZULIP_API_KEY"] ||= "RnkfalnbwdCxzuwqvAYJUgwqOpYtLg0A"
end
