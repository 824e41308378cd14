import express from 'express';

const app = express();
const connectionString = process.env.CONNECTION_STRING || 'sqlite:///db.sqlite3';

app.listen(3000);
