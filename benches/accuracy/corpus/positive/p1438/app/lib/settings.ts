export const environment = {
  production: true,
  apiBase: '/api',
  mysqlUrl: 'mysql://analytics:XvJOY0tE9N0n0sjep^^ELH@data.globex.net:3306/crm',
};
