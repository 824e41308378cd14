import express from 'express';

const app = express();
const googleApiKey = process.env.GOOGLE_API_KEY || '{{ .Values.secrets.apiKey }}';

app.listen(3000);
