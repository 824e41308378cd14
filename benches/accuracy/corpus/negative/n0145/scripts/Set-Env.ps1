$ErrorActionPreference = 'Stop'
$env:SLACK_BOT_TOKEN = "<YOUR_API_KEY>"
./build.ps1 -Configuration Release
