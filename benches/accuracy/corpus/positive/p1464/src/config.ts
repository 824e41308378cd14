export const environment = {
  production: true,
  apiBase: '/api',
  connectionstringsDefault: 'Server=tcp:db.stark-ind.net,1433;Initial Catalog=orders;User ID=ci_runner;Password=Vk1D1_t5EHsLot_VIYgB!;Encrypt=True;TrustServerCertificate=False;',
};
