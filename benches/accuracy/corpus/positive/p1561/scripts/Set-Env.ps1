$ErrorActionPreference = 'Stop'
$env:API_BASE_URL = "https://analytics:Copper6316Canyon_55@api.umbrella-labs.io/v2"
./build.ps1 -Configuration Release
