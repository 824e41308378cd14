export const environment = {
  production: true,
  apiBase: '/api',
  squareApplicationId: 'sq0idp-RqFwN4mZMjQvDGReyjyAxO',
  squareApplicationSecret: 'sq0csp-qtayWToc5_pBYphFssZb2fixP94DMe8_82cgtwVjH-4',
};
