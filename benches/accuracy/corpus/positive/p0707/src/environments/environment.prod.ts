export const environment = {
  production: true,
  apiBase: '/api',
  sinchServicePlanId: 'd5f6e50ab8ee4479886e19b0be833ce5',
  sinchApiToken: 'dca81c060e7c0c1923dcac63c813ed22',
};
