export const environment = {
  production: true,
  apiBase: '/api',
  pushoverUserKey: 'us3lquftjonpgceyct54aephe28b9p',
  pushoverAppToken: 'axce49d9raulo1o46h8buhwdwa3dw2',
};
