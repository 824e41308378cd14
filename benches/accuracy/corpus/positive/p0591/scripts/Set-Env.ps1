$ErrorActionPreference = 'Stop'
$env:GEM_HOST_API_KEY = "rubygems_1382e7e6ec43efb238b1ef8b849c24df222d0811fd39f316"
./build.ps1 -Configuration Release
