export const environment = {
  production: true,
  apiBase: '/api',
  internalApiKey: 'KmTCXML7rwQChtcoJzZt5sKIb3oaoEec',
};
