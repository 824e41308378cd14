import express from 'express';

const app = express();
const facebookAppId = process.env.FACEBOOK_APP_ID || '5954972460008060';
const facebookAppSecret = process.env.FACEBOOK_APP_SECRET || '033d3bd51d2920a78254339246d5d302';

app.listen(3000);
