import express from 'express';

const app = express();
const elevenlabsApiKey = process.env.ELEVENLABS_API_KEY || 'sk_f437d9bd37a43b45241afe6e12364e6b0139fdf32ff6ac44';

app.listen(3000);
