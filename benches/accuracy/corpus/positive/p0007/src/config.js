'use strict';

const openaiApiKey = "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";

module.exports = { openaiApiKey };
