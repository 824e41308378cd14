'use strict';

const shopifyAccessToken = `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`;

module.exports = { shopifyAccessToken };
