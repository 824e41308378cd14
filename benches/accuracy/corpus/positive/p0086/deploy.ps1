$ErrorActionPreference = 'Stop'
$env:VOYAGE_API_KEY = "pa-v9i9F0JCb6C_wchpCDbXoI2bddvhTu9FUjkq5VVknDg"
./build.ps1 -Configuration Release
