package config

const (
	dockerhubToken = "dckr_pat_LcKuTyFOg7gT2IXmrhCphZWN58L"
)

var Timeout = 30
