export const environment = {
  production: true,
  apiBase: '/api',
  dopplerToken: 'dp.pt.9L594afB2TZKMR1XP3BGUUpDG8U9fZNZHOBY0EPJba3',
};
