import express from 'express';

const app = express();
const clientSecret = process.env.CLIENT_SECRET || '{{ .Values.secrets.apiKey }}';

app.listen(3000);
