export const environment = {
  production: true,
  apiBase: '/api',
  twilioAuthToken: '…04e9',
};
