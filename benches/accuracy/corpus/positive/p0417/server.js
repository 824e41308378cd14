import express from 'express';

const app = express();
const ghOauthToken = process.env.GH_OAUTH_TOKEN || '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';

app.listen(3000);
