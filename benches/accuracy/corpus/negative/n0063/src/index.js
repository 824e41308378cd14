import express from 'express';

const app = express();
const stripeSecretKey = process.env.STRIPE_SECRET_KEY || 'sk_live_XXXXXXXXXXXXXXXXXXXXXXXX';

app.listen(3000);
