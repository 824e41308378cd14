GOOGLE_API_KEY=op://Production/Google Cloud/credential
APP_ENV=production
