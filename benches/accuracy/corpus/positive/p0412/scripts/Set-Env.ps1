$ErrorActionPreference = 'Stop'
$env:GITHUB_TOKEN = "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"
./build.ps1 -Configuration Release
