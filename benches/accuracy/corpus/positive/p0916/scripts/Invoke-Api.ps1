$headers = @{
    "Authorization" = "Basic na1.I0EOcOdzdJ3kKnjy1dX0kEkLp1k-ABo8R-Jz51gqXbJf_JpGOrIJGC8J7mAx9gr-FD6E4WlBohudCHI-df791URdkvlsySs7kA"
}
Invoke-RestMethod -Uri "https://api.fullstory.com/v1/items" -Headers $headers
