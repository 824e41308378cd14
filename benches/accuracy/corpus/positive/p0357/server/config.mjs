'use strict';

const hcpClientId = 'rM8zOkGaZrfUmAzJM8AtvyRSfWyNdMD0';
const hcpClientSecret = "reaa8_yJg-s1TGCPpeo73DGp_WBniGJkpN6jwMP6fJxpFwL6yNXoG0OvfdbRLA3w";

module.exports = { hcpClientId, hcpClientSecret };
