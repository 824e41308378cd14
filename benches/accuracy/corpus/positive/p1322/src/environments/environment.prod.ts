export const environment = {
  production: true,
  apiBase: '/api',
  tomtomApiKey: 'krnptuxqGFhnV9IBJwE3OZfrFAlDDv2o',
};
