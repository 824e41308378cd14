export const environment = {
  production: true,
  apiBase: '/api',
  sendgridApiKey: 'SG.EXAMPLEHcgwDkR787lQpeFXfAGrxx2bxsvsr1xIaUqH62MeWPJCI2gawcqt8H6We4v',
};
