package config

const (
	harborRobotName = "robot$xwmeog+ci"
	harborRobotSecret = "tlZ5SEKPG8aSnjhm5lRl0zWmgZyhhq7B"
)

var Timeout = 30
