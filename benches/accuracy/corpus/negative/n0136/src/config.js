'use strict';

const npmToken = `@api.key@`;

module.exports = { npmToken };
