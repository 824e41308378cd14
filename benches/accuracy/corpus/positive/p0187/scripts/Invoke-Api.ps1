$headers = @{
    "Authorization" = "Bearer ya29.8KpEQLMz0ko7Sp2Rhbwp68R_d38AygfdHaca2h0-3RQ4O3RgCaLcYtqdhsCwn7YNdXlqOtr0C3_2KcFIYJ_7zFiGonBY0ubz89tjO1VPcd7pGfTG-iDrlINjYFNADorKnOvSp3xURWE0in6nJB89u9"
}
Invoke-RestMethod -Uri "https://api.googleoauth.com/v1/items" -Headers $headers
