API_KEY=op://Production/Generic/credential
APP_ENV=production
