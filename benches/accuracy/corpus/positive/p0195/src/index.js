import express from 'express';

const app = express();
const azureStorageConnectionString = process.env.AZURE_STORAGE_CONNECTION_STRING || 'DefaultEndpointsProtocol=https;AccountName=xwmohrdniistore;AccountKey=UrYBZigtVbaW1dUL2Q4qBV/cZhz+8/nKBnNnGmQdIp6Wmxgp9q8+fnqIDTuiNlmsVYuRcQ8qLZaxcBDkoVvJpQ==;EndpointSuffix=core.windows.net';

app.listen(3000);
