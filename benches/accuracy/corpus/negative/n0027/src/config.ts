export const environment = {
  production: true,
  apiBase: '/api',
  sendgridApiKey: 'SG.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcd',
};
