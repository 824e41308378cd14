import express from 'express';

const app = express();
const codacyProjectToken = process.env.CODACY_PROJECT_TOKEN || 'd4420001774fc6db4f86acef272085c1';

app.listen(3000);
