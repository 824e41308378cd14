import express from 'express';

const app = express();
const weatherstackAccessKey = process.env.WEATHERSTACK_ACCESS_KEY || '2c9dc8191b08e78baa5687365d01465e';

app.listen(3000);
