'use strict';

const vultrApiKey = `K0TFBQOA069HKCGTOIR8F46O3KS4PRF5F8WR`;

module.exports = { vultrApiKey };
