'use strict';

const midtransServerKey = 'Mid-server-aZTqe9ZDpSX99trm18xUZuB5';

module.exports = { midtransServerKey };
