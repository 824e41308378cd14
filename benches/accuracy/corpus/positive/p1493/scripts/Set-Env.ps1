$ErrorActionPreference = 'Stop'
$env:DATABRICKS_TOKEN = "dapi72e01ae28e94c67af19b3add59f900cf"
./build.ps1 -Configuration Release
