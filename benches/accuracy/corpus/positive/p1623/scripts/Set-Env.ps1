$ErrorActionPreference = 'Stop'
$env:DB_PASSWORD = "ClM^ef-89Hs28c**Xv0F"
./build.ps1 -Configuration Release
