$headers = @{
    "Authorization" = "Bearer xoxb-731779847510-8341927989209-PWWrPWH42C2VnMTnpzX2p9e3"
}
Invoke-RestMethod -Uri "https://api.slack.com/v1/items" -Headers $headers
