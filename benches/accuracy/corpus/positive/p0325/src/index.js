import express from 'express';

const app = express();
const supabaseAccessToken = process.env.SUPABASE_ACCESS_TOKEN || 'sbp_55e9059c253dea9b0d36c90935bf6eeac3afc1dd';

app.listen(3000);
