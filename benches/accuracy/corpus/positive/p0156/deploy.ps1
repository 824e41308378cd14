$ErrorActionPreference = 'Stop'
$env:AWS_ACCESS_KEY_ID = "AKIABVEHAUQTZM6VUKBA"
$env:AWS_SECRET_ACCESS_KEY = "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"
./build.ps1 -Configuration Release
