Rails.application.configure do
  ENV["IBMCLOUD_API_KEY"] ||= "cO7mAd47ntB2bD73jgDQF7f2DIqiP7psoGOwSjDosqQG"
end
