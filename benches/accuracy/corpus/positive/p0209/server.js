import express from 'express';

const app = express();
const azureAppconfigConnectionString = process.env.AZURE_APPCONFIG_CONNECTION_STRING || 'Endpoint=https://fwmwtplnr.azconfig.io;Id=a3Y6-l0-s0:cgsP557CyPcaWT6t2LM6;Secret=Twqaan2PwNjPQhG+QkZ8uodBuFuCnU7Xe6m/jX5kViU=';

app.listen(3000);
