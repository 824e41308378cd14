'use strict';

const krakenApiKey = 'XW76LB3n9nR86/d4EzWzrrqQhZQxdj/84DR8AUOMUhitn208UnzrZu7T';
const krakenPrivateKey = "p0gyHL6x1aCPhZ6Oaye/FvsFt0IntUI/BVlSkdgQ+ZX0kptPK0tkjEeBN1E3FphYdPhLS7LnLBImXu7oTmY4kg==";

module.exports = { krakenApiKey, krakenPrivateKey };
