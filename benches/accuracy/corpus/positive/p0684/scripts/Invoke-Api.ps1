$headers = @{
    "X-Auth-Token" = "YPosVHSwkL4WL8Id6HMMWDXqP6pJu0Yf9feeDwO1Zbv"
}
Invoke-RestMethod -Uri "https://api.rocketchat.com/v1/items" -Headers $headers
