region      = "eu-west-1"
environment = "production"
prismic_access_token = "MC5LnJ3UHlSZDV3YjlEQzQ0cWMuY0YzZnNsd3JPSjN0MFR6ZjFDeEhCRU1mVmpLVVNwYVo3MFEwb1RyMw"
