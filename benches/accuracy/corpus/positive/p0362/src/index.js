import express from 'express';

const app = express();
const dopplerToken = process.env.DOPPLER_TOKEN || 'dp.pt.vXoCb5yEr9YEjSpD9Lieu0uK6eABdNG2rNCLdgfMaeW';

app.listen(3000);
