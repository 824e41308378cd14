import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: 'https://9663d09f2e2ca49e70b8098a47e29b03@o829566.ingest.sentry.io/2056452',
  tracesSampleRate: 0.1,
});
