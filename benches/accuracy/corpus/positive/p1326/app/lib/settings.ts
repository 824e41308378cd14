export const environment = {
  production: true,
  apiBase: '/api',
  opencageApiKey: '139dbbc373cbebbcecb8d153495adc75',
};
