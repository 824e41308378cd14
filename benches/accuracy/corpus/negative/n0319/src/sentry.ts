import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: 'https://dacf314730d698526ae6de532beedf5a@o965569.ingest.sentry.io/9934875',
  tracesSampleRate: 0.1,
});
