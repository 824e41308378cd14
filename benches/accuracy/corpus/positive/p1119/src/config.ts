export const environment = {
  production: true,
  apiBase: '/api',
  dwollaKey: 'RXFAnnR3hHkYTlUtWkwMF82M2etkj9RylO1hQK1p3SigBWeKSH',
  dwollaSecret: 'nhBIJGkM0hZYfwmOieVHFkEoltmnRGv0TMKFhYsaGZE4YsZusM',
};
