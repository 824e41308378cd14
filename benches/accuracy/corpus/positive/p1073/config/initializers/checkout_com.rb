Rails.application.configure do
  ENV["CKO_SECRET_KEY"] ||= "sk_sbox_qzh47ootqqsj5vtj42xuugv2cr"
end
