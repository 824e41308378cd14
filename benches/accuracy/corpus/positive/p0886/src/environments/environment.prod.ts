export const environment = {
  production: true,
  apiBase: '/api',
  helpscoutAppId: '2jhqQd6saV3a2IxDLhhDuT4oyWpFWxFl',
  helpscoutAppSecret: 'RyBmpxJyjtWVy9NBack9Rb4KhEuE9uGZ',
};
