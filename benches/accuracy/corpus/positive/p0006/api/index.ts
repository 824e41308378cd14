import express from 'express';

const app = express();
const openaiApiKey = process.env.OPENAI_API_KEY || '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';

app.listen(3000);
