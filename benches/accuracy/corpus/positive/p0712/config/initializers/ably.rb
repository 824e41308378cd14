Rails.application.configure do
  ENV["ABLY_API_KEY"] ||= "dEVnF9.OOFFiH:xqYWVHp9cDTcdL34BGTkSlFY-k6CB3QbF6VCpI5gOmc"
end
