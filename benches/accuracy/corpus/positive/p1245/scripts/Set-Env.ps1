$ErrorActionPreference = 'Stop'
$env:COUNTRYLAYER_ACCESS_KEY = "e580bd5d2c0aeab1a9f66dd42b9d3fe6"
./build.ps1 -Configuration Release
