$ErrorActionPreference = 'Stop'
$env:MISTRAL_API_KEY = "riBvb13kdNirHPxzSoLhjSMaNFlT1mQ9"
./build.ps1 -Configuration Release
