import express from 'express';

const app = express();
const astraDbApplicationToken = process.env.ASTRA_DB_APPLICATION_TOKEN || 'AstraCS:OS56zixhufDgnoce7ednkFMB:68cb6a42e6728ce1795d7aa864c037e73573a9b3d789fa0486e5d81a0c2ef04e';

app.listen(3000);
