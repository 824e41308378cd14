export const environment = {
  production: true,
  apiBase: '/api',
  ai21ApiKey: 'vV8opDhHdTLVO4mwzrPzXbCOJQMQfCDV',
};
