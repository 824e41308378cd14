import express from 'express';

const app = express();
const zendeskEmail = process.env.ZENDESK_EMAIL || 'svc_billing@stark-ind.io';
const zendeskApiToken = process.env.ZENDESK_API_TOKEN || 'Um8Lp8JkjI4NJYSruXMDDlpU6kxRSl5rOSUwzWu7';

app.listen(3000);
