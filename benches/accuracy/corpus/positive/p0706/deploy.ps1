$ErrorActionPreference = 'Stop'
$env:SINCH_SERVICE_PLAN_ID = "dd4e12bd60c3099de20bf0ef3e6d89b9"
$env:SINCH_API_TOKEN = "f4b7efbe61278554259c8b3032ab9a2e"
./build.ps1 -Configuration Release
