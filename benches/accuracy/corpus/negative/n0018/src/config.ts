export const environment = {
  production: true,
  apiBase: '/api',
  apiKey: 'bcdefghijklmnopqrstuvwxyz0123456',
};
