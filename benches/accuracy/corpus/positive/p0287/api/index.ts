import express from 'express';

const app = express();
const exoscaleApiKey = process.env.EXOSCALE_API_KEY || 'EXO662956e673b73cbc004e5c47';
const exoscaleApiSecret = process.env.EXOSCALE_API_SECRET || 'keNzCxt9sS58i4wFQ1oVEetY2YDYzlTXVt6Rk0vAEW3';

app.listen(3000);
