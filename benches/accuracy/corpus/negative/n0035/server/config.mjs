'use strict';

const shopifyAccessToken = 'shpat_0123456789abcdef0123456789abcdef';

module.exports = { shopifyAccessToken };
