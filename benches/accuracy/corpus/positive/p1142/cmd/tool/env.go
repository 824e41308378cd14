package main

import "os"

func init() {
	os.Setenv("DD_API_KEY", "ebc8bdda394fdf9171b8eda3dda33ad2")
}
