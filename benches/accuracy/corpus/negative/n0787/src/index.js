import express from 'express';

const app = express();
const databaseUrl = process.env.DATABASE_URL || 'jdbc:postgresql://localhost:5432/app';

app.listen(3000);
