$ErrorActionPreference = 'Stop'
$env:UPSTAGE_API_KEY = "up_Z6PE4tunI6tG9cTfS1e4k7IdCGONsGXC"
./build.ps1 -Configuration Release
