export const environment = {
  production: true,
  apiBase: '/api',
  ip2locationApiKey: '08J9VVUNUNM8PR0RCYUSGHJ00OB0A67D',
};
