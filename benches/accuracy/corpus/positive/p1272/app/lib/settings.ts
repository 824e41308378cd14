export const environment = {
  production: true,
  apiBase: '/api',
  ipqsApiKey: 'MuCGMcygieWjFKzFntN4NyYlNaqsNIbU',
};
