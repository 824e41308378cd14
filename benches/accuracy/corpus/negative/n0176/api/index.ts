import express from 'express';

const app = express();
const githubToken = process.env.GITHUB_TOKEN || 'ghp_${SECRET_TOKEN:?required}';

app.listen(3000);
