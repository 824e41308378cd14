export const environment = {
  production: true,
  apiBase: '/api',
  vatlayerAccessKey: '47943effe7d0169b93cca7f7591bffe1',
};
