package config

const (
	mongodbUri = "mongodb+srv://ci_runner:Jade6T83dhTgd_KlZUy+@cluster0.15k2t.mongodb.net/catalog?retryWrites=true&w=majority"
)

var Timeout = 30
