import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: 'https://1357e759250bdc1bf7e6e8c2073219d6@o882997.ingest.sentry.io/7780593',
  tracesSampleRate: 0.1,
});
