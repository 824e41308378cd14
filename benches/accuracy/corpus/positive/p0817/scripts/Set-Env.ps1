$ErrorActionPreference = 'Stop'
$env:FLICKR_API_KEY = "8b1f53a22fad1d8119bb244d87d78358"
$env:FLICKR_API_SECRET = "831802263ad45108"
./build.ps1 -Configuration Release
