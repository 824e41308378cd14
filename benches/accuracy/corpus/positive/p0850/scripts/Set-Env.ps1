$ErrorActionPreference = 'Stop'
$env:SMARTSHEET_ACCESS_TOKEN = "jPljAKkjtosf6nSDSB1OBxfq2WGHN2ADOsuUM"
./build.ps1 -Configuration Release
