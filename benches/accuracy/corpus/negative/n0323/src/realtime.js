const pusher = new Pusher('6d8e38ba7810e8020b8c', { cluster: 'eu' });
