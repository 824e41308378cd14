$headers = @{
    "Authorization" = "Bearer CFPAT-5sEH1kTX4QJAv-O_iEhpSsDeUnXduzsEP7Gv8-_37qD"
}
Invoke-RestMethod -Uri "https://api.contentful.com/v1/items" -Headers $headers
