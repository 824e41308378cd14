export const environment = {
  production: true,
  apiBase: '/api',
  notionToken: 'secret_H1P3B3A9W6JBC8wA77tGp3KBDwv1zJ0qkNOkb9Qk5EN',
};
