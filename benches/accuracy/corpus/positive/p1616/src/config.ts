export const environment = {
  production: true,
  apiBase: '/api',
  dbPassword: '4xRqcRSo6R5zjq',
};
