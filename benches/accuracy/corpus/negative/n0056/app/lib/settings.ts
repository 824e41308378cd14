export const environment = {
  production: true,
  apiBase: '/api',
  databricksToken: 'dapixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
};
