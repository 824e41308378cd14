module example.invalid/app

go 1.22

require example.invalid/hypert v1.0.0
