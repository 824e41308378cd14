'use strict';

const cockroachApiKey = 'CCDB1_IWZULNAtiybdsoygw69K3s_9J5g8GFdAh2Do0pdXJ19w0NfasXkUkX9hddJ0W97';

module.exports = { cockroachApiKey };
