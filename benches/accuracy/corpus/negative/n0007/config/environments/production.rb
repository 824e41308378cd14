Rails.application.configure do
  ENV["HF_TOKEN"] ||= "hf_abcdefghijklmnopqrstuvwxyz01234567"
end
