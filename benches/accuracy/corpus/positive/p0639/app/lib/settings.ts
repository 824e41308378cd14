export const environment = {
  production: true,
  apiBase: '/api',
  slackUserToken: 'xoxp-098263337117-777394576830-2290674815270-3b71a21b061c1397245713946f958586',
};
