'use strict';

const screenshotlayerAccessKey = `f5007dc1fe657c2f18508a25e16bd00a`;

module.exports = { screenshotlayerAccessKey };
