import express from 'express';

const app = express();
const ngrokAuthtoken = process.env.NGROK_AUTHTOKEN || '2bHMDwu14T9q1yMPCIW1TNB2MAx_q1l6k4epBa4TjegxroXdU';

app.listen(3000);
