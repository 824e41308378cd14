'use strict';

const zerotierApiToken = 'DfC1aVPKMWgFt6ZUYSNQwHKvHwjoIrE2';

module.exports = { zerotierApiToken };
