import express from 'express';

const app = express();
const infuraApiKey = process.env.INFURA_API_KEY || '868969f388ea4c5573c3491ed60dae4e';
const infuraApiKeySecret = process.env.INFURA_API_KEY_SECRET || '9edc4ec01afc84972a766c6edbe8102b';

app.listen(3000);
