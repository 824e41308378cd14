Rails.application.configure do
  ENV["INTERNAL_API_KEY"] ||= "ORbS1Okpf2QiBYQatziWuQasraQPjNfm"
end
