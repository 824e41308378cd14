export const environment = {
  production: true,
  apiBase: '/api',
  databaseUrl: 'postgres://reporting:Pepper3406Willow*32@prod-db.hooli.net:5432/events',
};
