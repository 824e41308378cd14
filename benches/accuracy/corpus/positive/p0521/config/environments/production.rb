Rails.application.configure do
  ENV["JENKINS_USER"] ||= "etl_reader"
  ENV["JENKINS_API_TOKEN"] ||= "111362d93b1d7dbaedad7b2e9baf9f6218"
end
