'use strict';

const opsgenieApiKey = 'a16c24e1-6a5c-4d02-b5a3-671ec5cfde0e';

module.exports = { opsgenieApiKey };
