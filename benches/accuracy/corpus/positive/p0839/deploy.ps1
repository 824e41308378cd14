$ErrorActionPreference = 'Stop'
$env:ASANA_ACCESS_TOKEN = "2/2838539797752211/7936691694140802:a11c21b388d6af9e7d5b093d326f9fab"
./build.ps1 -Configuration Release
