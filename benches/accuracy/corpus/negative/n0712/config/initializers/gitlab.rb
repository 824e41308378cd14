Rails.application.configure do
  ENV["GITLAB_TOKEN"] ||= "glpat-NO51R"
end
