'use strict';

const ipqsApiKey = "eAqLIjn1UipZ4xUK1tI1jLFCt1TzX4SL";

module.exports = { ipqsApiKey };
