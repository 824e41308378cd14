'use strict';

const fireworksApiKey = `fw_Hagz60jXXX9MD4zZ0N4R14V7`;

module.exports = { fireworksApiKey };
