export const environment = {
  production: true,
  apiBase: '/api',
  honeycombApiKey: 'hcaik_01ac7ly73ftoimmbcfzn6tgosf8m9znv3mx4ekkpx0hnv2k080irzly0wa',
};
