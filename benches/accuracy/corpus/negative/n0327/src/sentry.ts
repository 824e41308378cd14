import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: 'https://13217fe9cde1a2b7cab414a889f131d1@o527307.ingest.sentry.io/3827942',
  tracesSampleRate: 0.1,
});
