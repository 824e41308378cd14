export const environment = {
  production: true,
  apiBase: '/api',
  kickboxApiKey: 'live_e158be7ab6e4b3eedc47827e536b1fe281f14c3107555dac68d114def944d71e',
};
