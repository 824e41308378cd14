$headers = @{
    "Authorization" = "Bearer tfp_vj1IhXkOMSnY13l_c1DUbRJkn3FNHxqBX_LJ_0k71Gh2_bx9R1mlUUwY41R"
}
Invoke-RestMethod -Uri "https://api.typeform.com/v1/items" -Headers $headers
