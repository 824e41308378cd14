import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: 'https://87e5b7cacf340b25db4ee4c1594cb03f@o213739.ingest.sentry.io/3140366',
  tracesSampleRate: 0.1,
});
