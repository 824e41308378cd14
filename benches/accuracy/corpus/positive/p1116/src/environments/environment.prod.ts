export const environment = {
  production: true,
  apiBase: '/api',
  authorizenetApiLoginId: 'YC99k9L1aK',
  authorizenetTransactionKey: 'aTiU3753mEMg6PxR',
};
