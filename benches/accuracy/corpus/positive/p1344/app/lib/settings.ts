export const environment = {
  production: true,
  apiBase: '/api',
  imgurClientId: 'c43c2bcbe047253',
  imgurClientSecret: '01c2b9b64ca25e4c58c4b9411529613548430873',
};
