Sidekiq.configure_server do |config|
  config.redis = { url: "rediss://:JOacMmcDn674vpMTfE-1@cache.corp.internal:6380/2", network_timeout: 5 }
end
