$headers = @{
    "Authorization" = "Bearer sha256~-o9oFJaTv45h-zTVhhZ_FZUJjoDEAptDofsXEJA72df"
}
Invoke-RestMethod -Uri "https://api.openshift.com/v1/items" -Headers $headers
