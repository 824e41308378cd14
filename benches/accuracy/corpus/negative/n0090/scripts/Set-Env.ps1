$ErrorActionPreference = 'Stop'
$env:SLACK_BOT_TOKEN = "abc123"
./build.ps1 -Configuration Release
