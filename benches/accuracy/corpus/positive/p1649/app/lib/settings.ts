export const environment = {
  production: true,
  apiBase: '/api',
  oauthClientSecret: 'ASyH1oS8UU1idhpipYQAiEZfIJffLfvE7w16qGCOk8F',
};
