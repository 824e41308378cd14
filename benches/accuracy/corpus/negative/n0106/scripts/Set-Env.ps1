$ErrorActionPreference = 'Stop'
$env:TWILIO_AUTH_TOKEN = "please-change-this"
./build.ps1 -Configuration Release
