$ErrorActionPreference = 'Stop'
$env:DROPBOX_ACCESS_TOKEN = "eXgSGGJv4J9AAAAAAAAAAGD1plnxObqPHeo0RoDs5Kpy0NEjqiQbWsb_iYcj7TaN"
./build.ps1 -Configuration Release
