export const environment = {
  production: true,
  apiBase: '/api',
  asanaAccessToken: '2/6234208764737167/6992844479914791:56001c526db2de6d410dd8cebd4981d5',
};
