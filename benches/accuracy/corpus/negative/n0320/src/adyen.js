const checkout = await AdyenCheckout({ clientKey: 'live_B6H7R99Z72ITUUEKYXXGIVTFNPRP6T5K', environment: 'live' });
