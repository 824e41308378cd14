'use strict';

const ddApiKey = "23936835d9931a233e6df730b7dd442f";

module.exports = { ddApiKey };
