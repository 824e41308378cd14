$ErrorActionPreference = 'Stop'
$env:CLARIFAI_PAT = "3aa91e724c3314fe18995f00a996ca51"
./build.ps1 -Configuration Release
