import express from 'express';

const app = express();
const sauceUsername = process.env.SAUCE_USERNAME || 'deploy';
const sauceAccessKey = process.env.SAUCE_ACCESS_KEY || '4772f6d2-ac30-449e-afd6-8da2236c1e26';

app.listen(3000);
