$ErrorActionPreference = 'Stop'
$env:GITHUB_TOKEN = "gho_49uYXiYZiKTaVHeuEFxrmwEfJr3m1dF6oWTF"
./build.ps1 -Configuration Release
