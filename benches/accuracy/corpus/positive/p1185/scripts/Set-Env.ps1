$ErrorActionPreference = 'Stop'
$env:PAGERDUTY_API_KEY = "u+6r-nT-gVN8MyQYBCft"
./build.ps1 -Configuration Release
