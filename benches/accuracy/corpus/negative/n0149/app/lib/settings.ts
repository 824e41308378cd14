export const environment = {
  production: true,
  apiBase: '/api',
  awsAccessKeyId: '$(API_KEY)',
};
