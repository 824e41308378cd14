import express from 'express';

const app = express();
const ciRunnerToken = process.env.CI_RUNNER_TOKEN || 'glrt-hHYL2RPJZJ7Ysx0fsNO5';

app.listen(3000);
