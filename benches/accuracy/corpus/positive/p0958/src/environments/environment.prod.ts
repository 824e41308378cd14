export const environment = {
  production: true,
  apiBase: '/api',
  mapboxSecretToken: 'sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6InNicnJ0bTdsb3U1cTZybzhkajFsaWsxdTYifQ.IhpZ344yNn3GPaDnROlzhJ',
};
