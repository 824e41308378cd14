export const environment = {
  production: true,
  apiBase: '/api',
  apiKey: 'please-change-this',
};
