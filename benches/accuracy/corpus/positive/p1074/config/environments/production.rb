Rails.application.configure do
  ENV["RAZORPAY_KEY_ID"] ||= "rzp_live_H3oRhIocHJLO0O"
  ENV["RAZORPAY_KEY_SECRET"] ||= "wVFrNiUccBgMLbzPwqImFC1g"
end
