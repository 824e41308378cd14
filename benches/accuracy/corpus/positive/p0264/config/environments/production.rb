Rails.application.configure do
  ENV["OVH_CONSUMER_KEY"] ||= "zchth74a8odgkhv1r2vdvhelj2uv23ub"
end
