$ErrorActionPreference = 'Stop'
$env:PULUMI_ACCESS_TOKEN = "pul-a76da05e32c5881252842701b4a833ae5a9daff8"
./build.ps1 -Configuration Release
