$ErrorActionPreference = 'Stop'
$env:DOPPLER_TOKEN = "dp.ct.LPFEWHj77KGdlOtFevpnmWfT7fPfkQsHqUw2AVu3dhx"
./build.ps1 -Configuration Release
