'use strict';

const awsSecretAccessKey = 'bcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNO';

module.exports = { awsSecretAccessKey };
