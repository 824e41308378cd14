export const environment = {
  production: true,
  apiBase: '/api',
  agoraAppId: '854aa1a06f1c1966e1725b335ca8d78d',
  agoraAppCertificate: 'c3cd58b0a7467d365b06ab515f7b6a0f',
};
