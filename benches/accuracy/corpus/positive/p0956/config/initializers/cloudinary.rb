Rails.application.configure do
  ENV["CLOUDINARY_URL"] ||= "cloudinary://532853468744115:76JMgGu6qixhrl7tZ0UMlrSVatB@jopraijf"
end
