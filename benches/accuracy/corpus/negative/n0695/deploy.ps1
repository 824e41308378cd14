$ErrorActionPreference = 'Stop'
$env:GITHUB_TOKEN = "ghs_qiguMsWSQxd3BmY7wsRKO2mB4fCfUpKZXeeZ"
./build.ps1 -Configuration Release
