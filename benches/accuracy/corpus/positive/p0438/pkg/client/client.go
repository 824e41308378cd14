package config

const (
	gitlabToken = "glpat-k2s3LaAnJ6JjHLRRWZos"
)

var Timeout = 30
