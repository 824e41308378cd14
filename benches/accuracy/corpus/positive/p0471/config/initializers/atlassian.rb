Rails.application.configure do
  ENV["CONFLUENCE_USER"] ||= "ci_runner@soylent.io"
  ENV["CONFLUENCE_API_TOKEN"] ||= "tTwt051mIRXnf5krvFHIVYas"
end
