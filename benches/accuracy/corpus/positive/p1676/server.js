import express from 'express';

const app = express();
const encryptionKey = process.env.ENCRYPTION_KEY || 'QSMXjhq6rnxA1K94dsgfXe/IRI+5aqErPLilgcA0roY=';

app.listen(3000);
