Rails.application.configure do
  ENV["B2_APPLICATION_KEY_ID"] ||= "003920f39a900000000000"
  ENV["B2_APPLICATION_KEY"] ||= "K00S_DF-_MGmUnhUrHPBxBJVqoVFeXi"
end
