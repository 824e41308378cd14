import express from 'express';

const app = express();
const awsSecretAccessKey = process.env.AWS_SECRET_ACCESS_KEY || 'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';

app.listen(3000);
