$ErrorActionPreference = 'Stop'
$env:RAPIDAPI_KEY = "55tfc2pm9ujam2ir4jyh20xqgiaiofajep50tcovhr3if9giu1"
./build.ps1 -Configuration Release
