import express from 'express';

const app = express();
const facebookAccessToken = process.env.FACEBOOK_ACCESS_TOKEN || 'EAAH4j3dSXtFTxirYPmWny7dMH5p8uEGuGs8UtzeC02Kox71kKTZUPzAuWUBXetYNHBwRX9bpFyRPcvZNEOEZ7TJRqZmmxbWXlBqBZ4FgmVXq6taF1HfTQNdPDofBeNDpORjk4qE4h986E8f4gW5s5jPBUaAMDJepTTTQVJXhRVoRpkN2nskVmX';

app.listen(3000);
