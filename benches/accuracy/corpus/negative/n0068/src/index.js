import express from 'express';

const app = express();
const clientSecret = process.env.CLIENT_SECRET || '00000000000000000000000000000000';

app.listen(3000);
