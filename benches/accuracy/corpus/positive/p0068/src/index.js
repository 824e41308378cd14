import express from 'express';

const app = express();
const pineconeApiKey = process.env.PINECONE_API_KEY || 'pcsk_yXVYLl_ds9uktkrLre3c9jtCjPpQaDIVhwM8LFDfMerGLzKUC4aHIrVweihadMMHqKi9Xb';

app.listen(3000);
