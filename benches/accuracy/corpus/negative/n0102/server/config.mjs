'use strict';

const openaiApiKey = `secret`;

module.exports = { openaiApiKey };
