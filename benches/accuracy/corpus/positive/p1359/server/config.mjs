'use strict';

const hunterApiKey = `211eecfe8497d33fea596a335916d76bbc7cba39`;

module.exports = { hunterApiKey };
