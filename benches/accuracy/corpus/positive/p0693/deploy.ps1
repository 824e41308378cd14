$ErrorActionPreference = 'Stop'
$env:TWILIO_API_KEY = "SKf877801be758268f9b13b29afd6a5408"
$env:TWILIO_API_SECRET = "3hCa82JWMPCMWAdrdT0ouWBL989U29p1"
./build.ps1 -Configuration Release
