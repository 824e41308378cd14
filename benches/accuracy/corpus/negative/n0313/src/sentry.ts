import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: 'https://09ce1252e1c5d9717e58c23bb7e76c45@o185107.ingest.sentry.io/4488719',
  tracesSampleRate: 0.1,
});
