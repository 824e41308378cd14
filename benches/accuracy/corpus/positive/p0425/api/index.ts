import express from 'express';

const app = express();
const githubRefreshToken = process.env.GITHUB_REFRESH_TOKEN || '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';

app.listen(3000);
