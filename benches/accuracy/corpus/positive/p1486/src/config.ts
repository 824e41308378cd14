export const environment = {
  production: true,
  apiBase: '/api',
  couchdbUrl: 'http://admin:Thunder7317Willow*43@mysql-01.wayne-ent.cloud:5984',
};
