Rails.application.configure do
  ENV["REGISTRATION_TOKEN"] ||= "GR1348941pnuL-SI3aicqTXEb3Wjz"
end
