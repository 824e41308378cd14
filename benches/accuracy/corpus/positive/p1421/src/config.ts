export const environment = {
  production: true,
  apiBase: '/api',
  meiliMasterKey: 'S8wcK_cdGbc7BDZdslumbJnGQNgOlZhhXsmvV5ZsRxu',
};
