import express from 'express';

const app = express();
const stripeRestrictedKey = process.env.STRIPE_RESTRICTED_KEY || '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';

app.listen(3000);
