Rails.application.configure do
  ENV["MEM0_API_KEY"] ||= "m0-a40Mg7CC37LknizdJ3hemikq1vQKvM9vpUynEUeE"
end
