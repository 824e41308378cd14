import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: 'https://e5ac188cca19e53b3edf976d2abe683a@o485061.ingest.sentry.io/5230746',
  tracesSampleRate: 0.1,
});
