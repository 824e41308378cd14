'use strict';

const openaiApiKey = 'sk-proj-$(API_KEY)';

module.exports = { openaiApiKey };
