import express from 'express';

const app = express();
const tmdbApiKey = process.env.TMDB_API_KEY || 'f5d307f0ed7e8903129e5cc6fb38e8bb';

app.listen(3000);
