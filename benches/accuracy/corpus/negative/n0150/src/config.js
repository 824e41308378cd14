'use strict';

const googleApiKey = `${{STRIPE_KEY}}`;

module.exports = { googleApiKey };
