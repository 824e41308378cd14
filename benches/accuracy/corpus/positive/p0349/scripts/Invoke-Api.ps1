$headers = @{
    "X-Vault-Token" = "hvs.rd_7FrsgjHbM5JAuvDSw2MEvINKV6tmI_YEpTtWiytRXNy6ukwvXle0BtLQffT143FyBRLIGyj1_1RzEOU0lB6i60Q"
}
Invoke-RestMethod -Uri "https://api.hashicorpvault.com/v1/items" -Headers $headers
