$headers = @{
    "Authorization" = "Bearer IiqTQTTMu5ABqkUBOrnBrVoFZH53DwpHviUchq47dMWBRj4DaRE4JOUYy0OSPF6K"
}
Invoke-RestMethod -Uri "https://api.hetznercloud.com/v1/items" -Headers $headers
