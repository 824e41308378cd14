export const environment = {
  production: true,
  apiBase: '/api',
  polygonApiKey: 'CfxQAeoDjyLdAMHTUgbdy73m8o8Tew3t',
};
