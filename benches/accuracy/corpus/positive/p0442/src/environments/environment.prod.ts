export const environment = {
  production: true,
  apiBase: '/api',
  gitlabDeployUser: 'gitlab+deploy-token-745387',
  gitlabDeployToken: 'gldt-fCdU3rJ2SIx_eqSLQmiv',
};
