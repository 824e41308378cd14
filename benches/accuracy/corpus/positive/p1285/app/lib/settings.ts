export const environment = {
  production: true,
  apiBase: '/api',
  polygonApiKey: 'ZmJb3bJRwUcBQXZKtBnw9KaKokwNrQNM',
};
