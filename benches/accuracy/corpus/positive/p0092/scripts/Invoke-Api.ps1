$headers = @{
    "Authorization" = "Key f5b82b00-d207-4d61-8571-49fa566d2c4b:ce5e725e6121d438d0dd0e1c8804ad50"
}
Invoke-RestMethod -Uri "https://api.falai.com/v1/items" -Headers $headers
