import express from 'express';

const app = express();
const cntbOauth2ClientId = process.env.CNTB_OAUTH2_CLIENT_ID || 'INT-63647844';
const cntbOauth2ClientSecret = process.env.CNTB_OAUTH2_CLIENT_SECRET || 'mWTrQrTlfB31HPq5Fc3ffjRs5tTM2DyO';

app.listen(3000);
