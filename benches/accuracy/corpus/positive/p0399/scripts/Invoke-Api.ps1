$headers = @{
    "Authorization" = "Bearer glsa_nR2QSHjpSA5Oq1jHGG5Lz17kwXyiWpky_d4b8ed83"
}
Invoke-RestMethod -Uri "https://api.grafana.com/v1/items" -Headers $headers
