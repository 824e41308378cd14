'use strict';

const sonarcloudToken = `b178b1e6940ac5f2eb9efaa0d88e2743cdeef45b`;

module.exports = { sonarcloudToken };
