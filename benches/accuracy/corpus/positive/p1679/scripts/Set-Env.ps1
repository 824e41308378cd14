$ErrorActionPreference = 'Stop'
$env:ENCRYPTION_KEY = "OYzSKSBTCe/y/9LE4xZiGAbQM8AanLMAAAPYquSpAkk="
./build.ps1 -Configuration Release
