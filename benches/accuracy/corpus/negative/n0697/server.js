import express from 'express';

const app = express();
const npmToken = process.env.NPM_TOKEN || 'npm_rnMExC4ED6fIZmCG85ufcUfPyynVUDXioNac';

app.listen(3000);
