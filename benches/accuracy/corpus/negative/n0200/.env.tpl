STRIPE_SECRET_KEY=op://Production/Stripe/credential
APP_ENV=production
