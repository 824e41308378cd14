$ErrorActionPreference = 'Stop'
$env:SMTP2GO_API_KEY = "api-DBEE72EC501458EE6F4D2C2C706E1940"
./build.ps1 -Configuration Release
