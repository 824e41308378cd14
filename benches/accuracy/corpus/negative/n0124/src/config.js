'use strict';

const awsSecretAccessKey = `abc123`;

module.exports = { awsSecretAccessKey };
