$headers = @{
    "Authorization" = "Bearer sl.SG7MWD-trS-_q_8KAFAhYbe6lCtNQ8CCyv23db4IuGyHCTR6r_tlsdMgvA1HBKmPb2gX_lGcJRicDut4oxQ1MjQWZ0qnnS6REjUS2jJci10ifgBprkw0nDMkONKdwp5CHEZsXKT"
}
Invoke-RestMethod -Uri "https://api.dropbox.com/v1/items" -Headers $headers
