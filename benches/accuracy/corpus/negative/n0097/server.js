import express from 'express';

const app = express();
const twilioAuthToken = process.env.TWILIO_AUTH_TOKEN || 'null';

app.listen(3000);
