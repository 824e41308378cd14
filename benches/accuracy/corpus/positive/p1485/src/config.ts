export const environment = {
  production: true,
  apiBase: '/api',
  elasticsearchUrl: 'https://elastic:Lantern608Meadow.14@data.wonka.dev:9200',
};
