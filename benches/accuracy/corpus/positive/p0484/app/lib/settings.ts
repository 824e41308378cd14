export const environment = {
  production: true,
  apiBase: '/api',
  azureDevopsPat: 'xro6lnk5kltyfz52rkqxlf6cyelo7uu3cihmwoembjztr2pc5cfi',
};
