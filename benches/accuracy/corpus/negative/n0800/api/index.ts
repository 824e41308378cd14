import express from 'express';

const app = express();
const mongodbUri = process.env.MONGODB_URI || 'sqlite:///db.sqlite3';

app.listen(3000);
