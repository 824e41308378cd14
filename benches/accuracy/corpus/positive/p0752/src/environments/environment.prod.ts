export const environment = {
  production: true,
  apiBase: '/api',
  mailchimpApiKey: '0a914bfc819b72713d45a9359fb8a6a0-us07',
};
