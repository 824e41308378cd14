export const environment = {
  production: true,
  apiBase: '/api',
  readmeApiKey: 'rdme_m2r10yhh3ciiwnncgxjy1h7dr848qfsz4nw2t76t08u1xijmrcn6a3xhk8fwej6ck1861i',
};
