'use strict';

const githubToken = "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";

module.exports = { githubToken };
