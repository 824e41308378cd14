import express from 'express';

const app = express();
const insightlyApiKey = process.env.INSIGHTLY_API_KEY || 'fbe1a3b4-a089-4487-a0d3-86e93abe2036';

app.listen(3000);
