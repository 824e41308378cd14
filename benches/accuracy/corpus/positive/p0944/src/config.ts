export const environment = {
  production: true,
  apiBase: '/api',
  butterCmsApiKey: '6744b463be975a026e1e4243fbb39264732823ad',
};
