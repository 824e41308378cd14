Rails.application.configure do
  ENV["AXIOM_TOKEN"] ||= "xaat-43755b8f-d5d2-4250-b6d5-a3e7c756082e"
end
