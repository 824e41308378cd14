import express from 'express';

const app = express();
const pandadocApiKey = process.env.PANDADOC_API_KEY || '345d24c692c8131faced0b689cd06cdded5af625';

app.listen(3000);
