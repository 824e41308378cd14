'use strict';

const paystackSecretKey = `sk_live_fe67a82bfd99e59cc1a886183188b0574db15cd5`;

module.exports = { paystackSecretKey };
