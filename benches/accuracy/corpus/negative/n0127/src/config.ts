export const environment = {
  production: true,
  apiBase: '/api',
  stripeSecretKey: '${env:API_KEY}',
};
