$headers = @{
    "Authorization" = "Basic YXBwX3VzZXI6V2lsbG93NTExU2FmZnJvbl82Nw=="
}
Invoke-RestMethod -Uri "https://api.httpbasicauth.com/v1/items" -Headers $headers
