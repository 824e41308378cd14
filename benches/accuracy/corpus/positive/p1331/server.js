import express from 'express';

const app = express();
const locationiqToken = process.env.LOCATIONIQ_TOKEN || 'pk.5651d9406c1f2c394c6c7eaefebd5ced';

app.listen(3000);
