$ErrorActionPreference = 'Stop'
$env:TWILIO_AUTH_TOKEN = "{api_key}"
./build.ps1 -Configuration Release
