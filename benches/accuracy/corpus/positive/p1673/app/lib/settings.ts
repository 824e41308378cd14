export const environment = {
  production: true,
  apiBase: '/api',
  jwtSecret: 'kI4VLrwXnxaWo4kxilZFkpVg48UCygYw3fC0xZfTXSFJURfx',
};
