import express from 'express';

const app = express();
const giphyApiKey = process.env.GIPHY_API_KEY || 'YOyK7pw5kjsxQ51lxth378rM9c2NrvVL';

app.listen(3000);
