Rails.application.configure do
  ENV["MATTERMOST_TOKEN"] ||= "bj633jo6mwsr5iwks4ikrfgw1s"
end
