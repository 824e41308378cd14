export const environment = {
  production: true,
  apiBase: '/api',
  deployerPrivateKey: '0xf6af44d5c4bc5eaf24cda3889ec411a931234ef8a4f915fc5da7baaaf7909b69',
};
