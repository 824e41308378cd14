$ErrorActionPreference = 'Stop'
$env:REDIS_URL = "redis://default:dGYMR4D^YevKMv=j=aO@mq.soylent.net:6379/0"
./build.ps1 -Configuration Release
