import express from 'express';

const app = express();
const semaphoreApiToken = process.env.SEMAPHORE_API_TOKEN || 'DHeMOcS0PdgIsa7ef0V8';

app.listen(3000);
