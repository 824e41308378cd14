'use strict';

const dbPassword = "7Ke-Cevp7f9jr3^qkX3Ql6XH";

module.exports = { dbPassword };
