import express from 'express';

const app = express();
const vaultToken = process.env.VAULT_TOKEN || 's.MmpaZY5XzOsRnt6psg8hG2b4';

app.listen(3000);
