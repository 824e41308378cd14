export const environment = {
  production: true,
  apiBase: '/api',
  ddApiKey: '{{ .Values.secrets.apiKey }}',
};
