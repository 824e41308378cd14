'use strict';

const adafruitIoUsername = 'deploy';
const adafruitIoKey = 'aio_kl1JKo8LLMDZj1EfpfXRYKsY1zub';

module.exports = { adafruitIoUsername, adafruitIoKey };
