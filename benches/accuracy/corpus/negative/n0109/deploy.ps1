$ErrorActionPreference = 'Stop'
$env:OPENAI_API_KEY = "sk-proj-your_key_here"
./build.ps1 -Configuration Release
