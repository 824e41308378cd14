export const environment = {
  production: true,
  apiBase: '/api',
  gitlabToken: 'glpat-****************6ref',
};
