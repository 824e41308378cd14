export const environment = {
  production: true,
  apiBase: '/api',
  databaseUrl: 'sqlite:///db.sqlite3',
};
