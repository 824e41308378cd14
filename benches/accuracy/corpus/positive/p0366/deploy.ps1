$ErrorActionPreference = 'Stop'
$env:DOPPLER_TOKEN = "dp.sa.PztGICZW4RWOyAMCu1SdOMrzYbHNCek7VGS2PG1mBWH"
./build.ps1 -Configuration Release
