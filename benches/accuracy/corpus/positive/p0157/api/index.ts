import express from 'express';

const app = express();
const awsAccessKeyId = process.env.AWS_ACCESS_KEY_ID || 'AKIAKQE4IXJP5CRM5GHL';
const awsSecretAccessKey = process.env.AWS_SECRET_ACCESS_KEY || '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';

app.listen(3000);
