Rails.application.configure do
  ENV["PULUMI_ACCESS_TOKEN"] ||= "pul-6c171c378c199b5e376eda9196060f7ccd11b676"
end
