Rails.application.configure do
  ENV["NPM_TOKEN"] ||= "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"
end
