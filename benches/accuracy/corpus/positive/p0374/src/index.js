import express from 'express';

const app = express();
const opSecretKey = process.env.OP_SECRET_KEY || 'A3-CPB40F-PD1B46-5MXHC-2NJR7-I8EFG-18UQM';

app.listen(3000);
