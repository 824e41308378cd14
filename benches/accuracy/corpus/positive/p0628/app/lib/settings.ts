export const environment = {
  production: true,
  apiBase: '/api',
  cocoapodsTrunkToken: 'acf0b04c417ca1a54cf393f88b391f2e',
};
