package main

import "os"

func init() {
	os.Setenv("GITHUB_USER_TOKEN", "ghu_b93HDtSW0dSat4TmazrLg9dXILNb352aEpai")
}
