export const environment = {
  production: true,
  apiBase: '/api',
  awsSecretAccessKey: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
};
