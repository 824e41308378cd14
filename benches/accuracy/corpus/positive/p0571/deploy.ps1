$ErrorActionPreference = 'Stop'
$env:DEVELOCITY_ACCESS_KEY = "ge.acme-corp.io=6rhdcq92xlv17umic58eni6eklokip0t088itctoeg4xpvudepf1"
./build.ps1 -Configuration Release
