export const environment = {
  production: true,
  apiBase: '/api',
  slackSigningSecret: '33859423b1b53516cb28b1a436e4b965',
};
