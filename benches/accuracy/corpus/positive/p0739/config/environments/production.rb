Rails.application.configure do
  ENV["INTERCOM_ACCESS_TOKEN"] ||= "dG9rOjM4MjIxOGM4LTMyM2UtNDUwMi1iZThjLTU1MjMzMDJiMmRhNzoxOjA="
end
