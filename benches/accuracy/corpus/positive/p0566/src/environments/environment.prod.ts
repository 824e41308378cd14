export const environment = {
  production: true,
  apiBase: '/api',
  chromaticProjectToken: 'chpt_278b47d7a7db32',
};
