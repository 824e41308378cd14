'use strict';

const mailgunApiKey = `74fcecead602b7b733dc805650459da9-f322ac53-e1066b9e`;

module.exports = { mailgunApiKey };
