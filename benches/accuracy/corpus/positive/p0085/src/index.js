import express from 'express';

const app = express();
const stabilityApiKey = process.env.STABILITY_API_KEY || 'sk-jdNoD7n3v6q9Oht5sDzK2bUy42YNViXSJt7SRCFusz9ngs8x';

app.listen(3000);
