import express from 'express';

const app = express();
const telnyxApiKey = process.env.TELNYX_API_KEY || 'KEY2DB2D524C31F4BE126C8D5ED9A4C0F4A_aYabSz3tFsYll54obh973u';

app.listen(3000);
