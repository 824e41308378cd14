export const environment = {
  production: true,
  apiBase: '/api',
  gitlabOauthAppId: '5e6604cc5966b28930b6ee7b20524f386e82a56e340d142bf367e77eb4a13a43',
  gitlabOauthSecret: 'gloas-b8ca05901cae4aecca047743a813730dc4fc137f447997e16d9757c054520a38',
};
