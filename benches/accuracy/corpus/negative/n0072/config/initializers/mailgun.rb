Rails.application.configure do
  ENV["MAILGUN_API_KEY"] ||= "key-EXAMPLEd7a5cd820f018c610d076385e"
end
