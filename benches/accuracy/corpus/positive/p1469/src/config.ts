export const environment = {
  production: true,
  apiBase: '/api',
  jdbcUrl: 'jdbc:mysql://mq.globex.cloud:3306/crm?user=etl_reader&password=ROfWiIJCjeEm-D_K+2c&useSSL=true',
};
