$ErrorActionPreference = 'Stop'
$env:RAWG_API_KEY = "b63ae56f9bf9fd9cc51e16276a60b526"
./build.ps1 -Configuration Release
