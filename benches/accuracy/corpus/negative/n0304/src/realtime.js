const pusher = new Pusher('491a1b7cdf98289dee28', { cluster: 'eu' });
