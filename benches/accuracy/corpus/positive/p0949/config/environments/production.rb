Rails.application.configure do
  ENV["PRISMIC_ACCESS_TOKEN"] ||= "MC5Lk9tNHYydUVQek90b3lBeEsuVFEzR0JSMEFqV0ljaFVBQnphVHNUUTlUZWZPczMwVjJwV0lvbDM4MQ"
end
