'use strict';

const deeplAuthKey = `1a3cd1c5-b839-4367-b59f-5218008fce3a:fx`;

module.exports = { deeplAuthKey };
