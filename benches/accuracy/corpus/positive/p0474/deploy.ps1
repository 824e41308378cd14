$ErrorActionPreference = 'Stop'
$env:GITEA_TOKEN = "a3fee3d3542a194eaaa91b90b9f8ae71c51dc5a3"
./build.ps1 -Configuration Release
