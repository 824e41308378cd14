export const environment = {
  production: true,
  apiBase: '/api',
  braintreePublicKey: '9zw9gx3bkjj6p1sq',
  braintreePrivateKey: 'b04164ffd2bb4edc79f9d773385e4590',
};
