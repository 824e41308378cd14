$ErrorActionPreference = 'Stop'
$env:NPM_TOKEN = "npm_EXAMPLE"
./build.ps1 -Configuration Release
