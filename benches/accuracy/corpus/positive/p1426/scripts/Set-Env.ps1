$ErrorActionPreference = 'Stop'
$env:DATABASE_URL = "postgres://reporting:uAj-pe0sX5PeQL4Q1qAob@cache.vandelay.cloud:5432/payments"
./build.ps1 -Configuration Release
