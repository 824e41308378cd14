'use strict';

const awsSecretAccessKey = `AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;

module.exports = { awsSecretAccessKey };
