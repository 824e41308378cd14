'use strict';

const internalApiKey = `4ClqqJvzP15o8dnjfoXW04hcpdsrxBUW`;

module.exports = { internalApiKey };
