const pusher = new Pusher('b5ca074f1546cec030bc', { cluster: 'eu' });
