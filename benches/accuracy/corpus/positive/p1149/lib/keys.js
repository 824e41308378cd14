'use strict';

const newRelicLicenseKey = "2edadbfb6b8815930b81225779d2062c0ec8NRAL";

module.exports = { newRelicLicenseKey };
