Rails.application.configure do
  ENV["NPM_TOKEN"] ||= "npm_j3cqoa1VbTH44SYgU1fRFdEwFBoslqjlYXqn"
end
