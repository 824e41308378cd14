export const environment = {
  production: true,
  apiBase: '/api',
  stripeRestrictedKey: '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',
};
