region      = "eu-west-1"
environment = "production"
razorpay_key_id = "rzp_live_Cq4bRVabbMbLVl"
razorpay_key_secret = "igwk9OgEaWUeSv0tImjGjTT8"
