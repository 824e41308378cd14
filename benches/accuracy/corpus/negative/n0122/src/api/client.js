'use strict';

const openaiApiKey = "your-secret-key";

module.exports = { openaiApiKey };
