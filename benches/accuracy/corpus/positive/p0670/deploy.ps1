$ErrorActionPreference = 'Stop'
$env:DISCORD_CLIENT_ID = "541838230913323894"
$env:DISCORD_CLIENT_SECRET = "DNX6vc_xEWKXbxqrr6-Vuo8L7L64SlXT"
./build.ps1 -Configuration Release
