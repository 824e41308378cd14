$ErrorActionPreference = 'Stop'
$env:MIXPANEL_API_SECRET = "571eb7bb98fe06e983dd81c7ec16648a"
./build.ps1 -Configuration Release
