export const environment = {
  production: true,
  apiBase: '/api',
  mercuryApiToken: 'secret-token:mercury_production_22r_GHwFOFWDI0cpc3XtUvIT0qi7S6WmyUiE2pS9fkuR',
};
