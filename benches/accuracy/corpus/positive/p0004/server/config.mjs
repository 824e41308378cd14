'use strict';

const openaiApiKey = "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";

module.exports = { openaiApiKey };
