import express from 'express';

const app = express();
const cntbOauth2ClientId = process.env.CNTB_OAUTH2_CLIENT_ID || 'INT-41680720';
const cntbOauth2ClientSecret = process.env.CNTB_OAUTH2_CLIENT_SECRET || 'v9w2lvQKYEtv39KFg9oc4SKrW5TRs8w9';

app.listen(3000);
