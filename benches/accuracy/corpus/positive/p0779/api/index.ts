import express from 'express';

const app = express();
const loopsApiKey = process.env.LOOPS_API_KEY || 'f11c9258d09233fc0cee1aca1c1fea41';

app.listen(3000);
