import express from 'express';

const app = express();
const openaiApiKey = process.env.OPENAI_API_KEY || 'sk-proj-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz';

app.listen(3000);
