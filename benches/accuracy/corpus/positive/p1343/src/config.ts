export const environment = {
  production: true,
  apiBase: '/api',
  giphyApiKey: 'ivgI7VHk4SiaJtaJNr1Yg3tB6OaOEQw5',
};
