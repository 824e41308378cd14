Rails.application.configure do
  ENV["ASANA_ACCESS_TOKEN"] ||= "1/0617891031195931:4d2f8d7c64c5918b803d7e9e8dceedae"
end
