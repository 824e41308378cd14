Partner.configure do |config|
  config.endpoint = "https://partner.corp.invalid"
  config.api_key = "jF1Mv4F6EQC4xvKA8ltlAAicpZkw"
  config.timeout = 10
end
