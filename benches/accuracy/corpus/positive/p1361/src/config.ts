export const environment = {
  production: true,
  apiBase: '/api',
  clearbitSecretKey: 'sk_02d01fd34fa83b0a8eda6e9e19093ecc',
};
