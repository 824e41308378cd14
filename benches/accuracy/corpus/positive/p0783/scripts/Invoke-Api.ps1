$headers = @{
    "Api-Token" = "50cb6714c659fbb65713446d5ab659e2a8a30998d7309af937292dfa6dacefb9b7fea143"
}
Invoke-RestMethod -Uri "https://api.activecampaign.com/v1/items" -Headers $headers
