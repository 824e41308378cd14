import express from 'express';

const app = express();
const ddApiKey = process.env.DD_API_KEY || 'your_api_key_here';

app.listen(3000);
