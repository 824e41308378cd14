Rails.application.configure do
  ENV["NYT_API_KEY"] ||= "uplhYyQ4VERAVWt2EQQmc3ZD5JCEE72V"
end
