'use strict';

const opSecretKey = `A3-FRZI6V-0N2FGR-MJOZC-HGC0J-QL0MV-2U0WA`;

module.exports = { opSecretKey };
