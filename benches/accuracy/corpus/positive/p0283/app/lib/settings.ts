export const environment = {
  production: true,
  apiBase: '/api',
  cloudflareOriginCaKey: 'v1.0-a7231f775e4e88cb02f62cb4-955022372be3e5338477d9eeb0cd32c7ee76ce025c6b3bf3a4d1be5b48e8a0231234038ccdda5699dce085490672327cfec12332627ebb558a13b712fc520351ea3d9ccdf453a5b8c0',
};
