import express from 'express';

const app = express();
const scrapingbeeApiKey = process.env.SCRAPINGBEE_API_KEY || '9D0FM22S5OU9UNNJHVQ3I4D1Z0GB7EDBSXXXYRJS2745TOQ828EOCPPN7GLE07CN89ESIAY67Y2ZO0DC';

app.listen(3000);
