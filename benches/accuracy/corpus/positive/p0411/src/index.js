import express from 'express';

const app = express();
const githubToken = process.env.GITHUB_TOKEN || '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';

app.listen(3000);
