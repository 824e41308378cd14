$ErrorActionPreference = 'Stop'
$env:GOOGLE_API_KEY = "secret"
./build.ps1 -Configuration Release
