'use strict';

const droneToken = `foWnYe9YFX6LPUNTZIR5y5wGnzEUAeUO`;

module.exports = { droneToken };
