$ErrorActionPreference = 'Stop'
$env:NPM_TOKEN = "npm_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
./build.ps1 -Configuration Release
