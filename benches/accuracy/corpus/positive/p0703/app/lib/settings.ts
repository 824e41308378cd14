export const environment = {
  production: true,
  apiBase: '/api',
  messagebirdAccessKey: '0XSftdg19lFmuTMoMmmKHoOos',
};
