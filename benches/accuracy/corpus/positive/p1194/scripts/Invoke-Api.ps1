$headers = @{
    "Authorization" = "ApiKey N3V1VDVEU1JpLWNoVTVhanFhMjU6cjFGb1Y1RFJnTmdwbEFQLWxIOFdOTg=="
}
Invoke-RestMethod -Uri "https://api.elastic.com/v1/items" -Headers $headers
