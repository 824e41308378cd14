import express from 'express';

const app = express();
const dbPassword = process.env.DB_PASSWORD || 'uC9WLvY7xoI6VoPe';

app.listen(3000);
