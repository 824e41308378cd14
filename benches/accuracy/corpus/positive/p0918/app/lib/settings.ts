export const environment = {
  production: true,
  apiBase: '/api',
  launchdarklySdkKey: 'sdk-4cec0603-1406-4569-9fb8-cfb52720c68f',
};
