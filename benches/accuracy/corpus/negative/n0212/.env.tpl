SENDGRID_API_KEY=op://Production/SendGrid/credential
APP_ENV=production
