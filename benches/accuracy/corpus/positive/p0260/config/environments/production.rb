Rails.application.configure do
  ENV["SCW_ACCESS_KEY"] ||= "SCWHYTFBINW5ALOK8W09"
  ENV["SCW_SECRET_KEY"] ||= "40860f41-ea4f-40d2-a2ce-c810df7637b3"
end
