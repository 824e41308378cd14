'use strict';

const splunkHecToken = `50fd612d-d825-4da3-ab12-9fe727a19c32`;

module.exports = { splunkHecToken };
