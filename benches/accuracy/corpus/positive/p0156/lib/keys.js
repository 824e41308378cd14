'use strict';

const awsAccessKeyId = 'AKIAGXA37XVCPMHBXPLX';
const awsSecretAccessKey = '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';

module.exports = { awsAccessKeyId, awsSecretAccessKey };
