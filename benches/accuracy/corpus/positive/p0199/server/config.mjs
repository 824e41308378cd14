'use strict';

const azureClientId = '6dfcb00b-f396-4a08-8665-05a772dcfc41';
const azureClientSecret = `qGe1Q~S8Q4gcKr1xNx.JnTQv2HviLNP1L6aMklcQ`;

module.exports = { azureClientId, azureClientSecret };
