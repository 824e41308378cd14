API_KEY = ENV.fetch("API_KEY")
