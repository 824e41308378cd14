$headers = @{
    "Authorization" = "pk_98670375_0O4SGSXB0XKECRKSZEM9T1D2P3GFLTKC"
}
Invoke-RestMethod -Uri "https://api.clickup.com/v1/items" -Headers $headers
