export const environment = {
  production: true,
  apiBase: '/api',
  sumoAccessId: 'sudMkhAuN4ALJK',
  sumoAccessKey: 'fXtn4K0dL6WdbYTURlEimHV3BqXIuAbFzwjf1csEyAzwGY7LVd48nmyUJRBbkAnQ',
};
