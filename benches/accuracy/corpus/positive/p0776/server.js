import express from 'express';

const app = express();
const smtp2goApiKey = process.env.SMTP2GO_API_KEY || 'api-D465528438028837BE9BBA068733A3D3';

app.listen(3000);
