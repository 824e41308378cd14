export const environment = {
  production: true,
  apiBase: '/api',
  gitlabToken: 'glpat-AAAAAAAAAAAAAAAAAAAA',
};
