$ErrorActionPreference = 'Stop'
$env:APP_KEY = "base64:4e37hmDn12yuerazbW3oIJjZmtYnrxQ0Fpj3UPFnXfE="
./build.ps1 -Configuration Release
