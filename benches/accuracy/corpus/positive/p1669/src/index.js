import express from 'express';

const app = express();
const accessToken = process.env.ACCESS_TOKEN || 'IqKpkwADSbQxtPu9EWWc5wm62mkF4NDW7Ks0nNlw';

app.listen(3000);
