'use strict';

const cloudflareApiToken = "xpwbviBRVNpJlTtQCFgnMeou2ZTaAYxab52njWFk";

module.exports = { cloudflareApiToken };
