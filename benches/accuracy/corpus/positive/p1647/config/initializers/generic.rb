Rails.application.configure do
  ENV["OAUTH_CLIENT_SECRET"] ||= "w8xj74g1aZKBAIy3mndfjot5UqoGAJG1QHGRPFUudes"
end
