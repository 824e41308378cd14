'use strict';

const herokuApiKey = `dfa4408b-2e00-4c89-9918-8ba0bba76b40`;

module.exports = { herokuApiKey };
