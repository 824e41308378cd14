Rails.application.configure do
  ENV["ZENDESK_EMAIL"] ||= "ingest@acme-corp.io"
  ENV["ZENDESK_API_TOKEN"] ||= "AIrRJcm6IRB4Tv4HUT9LOSt5XfFqwyf6N5LlAAe3"
end
