export const environment = {
  production: true,
  apiBase: '/api',
  coralogixApiKey: 'cxtp_jI5nePcbbR9zjrSoNl4pR3JPR8aRef',
};
