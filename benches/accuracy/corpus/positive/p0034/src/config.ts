export const environment = {
  production: true,
  apiBase: '/api',
  huggingfaceOrgToken: 'api_org_LVw0pVLvVZTE2YrelPF9ywoWCKSe36w20C',
};
