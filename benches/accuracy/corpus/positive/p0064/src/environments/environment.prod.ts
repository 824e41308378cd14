export const environment = {
  production: true,
  apiBase: '/api',
  deepgramApiKey: '9ec465a64748ed352b510187e1486c8559c5e7a0',
};
