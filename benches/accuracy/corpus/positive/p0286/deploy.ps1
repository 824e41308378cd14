$ErrorActionPreference = 'Stop'
$env:EXOSCALE_API_KEY = "EXO4e3ca6fd72345811e978d468"
$env:EXOSCALE_API_SECRET = "ary5f8xzp03XL4bRZsRHqOBytILerZNJitmLHQEh70r"
./build.ps1 -Configuration Release
