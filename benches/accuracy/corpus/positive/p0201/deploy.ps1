$ErrorActionPreference = 'Stop'
$env:AZURE_CLIENT_ID = "9bd1b486-5198-4585-a03c-1f8bbcad9a06"
$env:AZURE_CLIENT_SECRET = "i3I9Q~ZDLLQJadZAPa4qcyjGLsLzjG-Vu4MrTQ2F"
./build.ps1 -Configuration Release
