const pusher = new Pusher('ec152bf2b73595122db3', { cluster: 'eu' });
