import express from 'express';

const app = express();
const axiomToken = process.env.AXIOM_TOKEN || 'xapt-ca80a453-8822-467c-8032-20e03e0514a7';

app.listen(3000);
