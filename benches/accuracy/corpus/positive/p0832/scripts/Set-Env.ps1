$ErrorActionPreference = 'Stop'
$env:AIRTABLE_TOKEN = "patP05DjJpgLixswq.a9b5b1bd081cb707e2115b59b863be2a893363c3b5caa687cdea580d38b743e5"
./build.ps1 -Configuration Release
