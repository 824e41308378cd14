import express from 'express';

const app = express();
const githubToken = process.env.GITHUB_TOKEN || 'gho_tY6NeuZPh7dQ4wweC7oZ2lSLbpcUhk39rdlc';

app.listen(3000);
