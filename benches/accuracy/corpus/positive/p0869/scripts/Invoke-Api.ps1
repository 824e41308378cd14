$headers = @{
    "X-Figma-Token" = "figd_gRFTGm-GSKVAWrPiIA8KEErkshd2zI4IBeQqEUuo"
}
Invoke-RestMethod -Uri "https://api.figma.com/v1/items" -Headers $headers
