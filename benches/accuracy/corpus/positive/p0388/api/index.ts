import express from 'express';

const app = express();
const swarmJoinToken = process.env.SWARM_JOIN_TOKEN || 'SWMTKN-1-7t71z3jget7o441ah5lbpxx2g7r1jfapkggg576s6zzfiq00nt-tqku30gmnd0d0bm8v9h7ehswm';

app.listen(3000);
