'use strict';

const codecovToken = "d40624b9-2e4e-46b2-9815-67ea3374017c";

module.exports = { codecovToken };
