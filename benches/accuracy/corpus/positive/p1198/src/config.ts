export const environment = {
  production: true,
  apiBase: '/api',
  instanaAgentKey: 'YYWP2AFOL_9D4SlV9vT7HD',
};
