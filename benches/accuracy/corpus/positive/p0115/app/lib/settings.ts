export const environment = {
  production: true,
  apiBase: '/api',
  llamaCloudApiKey: 'llx-jQMM2tc3j0HsyHchC5MOMEY5omUHHMBRawq77wipMKRzlNQh',
};
