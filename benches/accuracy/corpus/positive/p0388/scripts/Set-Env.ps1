$ErrorActionPreference = 'Stop'
$env:SWARM_JOIN_TOKEN = "SWMTKN-1-q23y9hcioiyvieobvjseze37uh9xj91wcni3h0oz0s1igkkaqx-rtmb6hfe1ijldpczazej6brsc"
./build.ps1 -Configuration Release
