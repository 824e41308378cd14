package config

const (
	stripeSecretKey = "sk_live_Bhkf5CTDlpUckx7w8Yi5Gum7"
)

var Timeout = 30
