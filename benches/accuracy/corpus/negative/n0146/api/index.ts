import express from 'express';

const app = express();
const googleApiKey = process.env.GOOGLE_API_KEY || '<api-key>';

app.listen(3000);
