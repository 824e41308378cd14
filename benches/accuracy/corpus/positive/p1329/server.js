import express from 'express';

const app = express();
const geoapifyApiKey = process.env.GEOAPIFY_API_KEY || '8a2f5916ccd83c1cd0bbe88fde08a833';

app.listen(3000);
