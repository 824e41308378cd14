const checkout = await AdyenCheckout({ clientKey: 'live_FINDAGE3W99Q6K4BZPN0SARWFFPJPWWD', environment: 'live' });
