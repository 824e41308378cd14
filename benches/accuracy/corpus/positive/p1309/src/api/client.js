'use strict';

const infuraApiKey = '5c6aff000e1153d147f9d9caae264a8f';
const infuraApiKeySecret = '3164bbfe1c8489af35840d63594f6966';

module.exports = { infuraApiKey, infuraApiKeySecret };
