$ErrorActionPreference = 'Stop'
$env:GOOGLE_API_KEY = "not-a-real-secret"
./build.ps1 -Configuration Release
