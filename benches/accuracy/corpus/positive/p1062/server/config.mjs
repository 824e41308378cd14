'use strict';

const braintreePublicKey = '8aosi5t6z4p23ym9';
const braintreePrivateKey = '5cd22e78f0011da3ae5cc66d87cdc0e6';

module.exports = { braintreePublicKey, braintreePrivateKey };
