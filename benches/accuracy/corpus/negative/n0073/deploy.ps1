$ErrorActionPreference = 'Stop'
$env:DD_API_KEY = "REDACTED"
./build.ps1 -Configuration Release
