export const environment = {
  production: true,
  apiBase: '/api',
  spoonacularApiKey: 'eca127799d4c21c01fa2d1834acdcf77',
};
