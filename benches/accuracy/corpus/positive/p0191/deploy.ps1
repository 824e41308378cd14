$ErrorActionPreference = 'Stop'
$env:FIREBASE_DATABASE_SECRET = "coTkDSN3fmqOtJJ91FJRZQsqyN8obNsJ6HHgBMBY"
./build.ps1 -Configuration Release
