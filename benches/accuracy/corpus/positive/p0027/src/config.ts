export const environment = {
  production: true,
  apiBase: '/api',
  groqApiKey: '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',
};
