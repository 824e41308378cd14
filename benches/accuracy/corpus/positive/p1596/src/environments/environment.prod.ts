export const environment = {
  production: true,
  apiBase: '/api',
  flaskSecretKey: '9017c9beda059418ede3ad10c76a3117b7638a3d58819b17',
};
