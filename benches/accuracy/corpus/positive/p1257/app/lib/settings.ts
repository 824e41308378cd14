export const environment = {
  production: true,
  apiBase: '/api',
  visualcrossingApiKey: '3UEM4MNXQPAYUM2F6J0MAKQ0L',
};
