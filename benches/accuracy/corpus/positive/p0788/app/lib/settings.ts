export const environment = {
  production: true,
  apiBase: '/api',
  brazeRestApiKey: '5bd7407c-f7ea-46ed-a8ed-960ad9914f0f',
};
