const pusher = new Pusher('f24d40fe7bf785a784c5', { cluster: 'eu' });
