export const environment = {
  production: true,
  apiBase: '/api',
  awsSecretAccessKey: 'ryje3bt13g',
};
