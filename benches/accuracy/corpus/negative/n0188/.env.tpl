CLIENT_SECRET=op://Production/Generic/credential
APP_ENV=production
