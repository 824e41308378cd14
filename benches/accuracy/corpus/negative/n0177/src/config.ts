export const environment = {
  production: true,
  apiBase: '/api',
  anthropicApiKey: '$${API_KEY}',
};
