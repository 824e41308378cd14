const payments = Square.payments('sq0idp-3QOBV4VgwZsvx7R0ZciytM', 'LXZSE8WYHQWLJ');
