module example.invalid/app

go 1.22

require example.invalid/hypert v1.0.0

replace example.invalid/hypert => github.com/belatedplanet/hypert v1.0.0
