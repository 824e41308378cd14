$ErrorActionPreference = 'Stop'
$env:GITLAB_TOKEN = "glpat-aaaaaaaaaaaaaaaaaaaa"
./build.ps1 -Configuration Release
