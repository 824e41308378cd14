const checkout = await AdyenCheckout({ clientKey: 'live_GSLPGX96SD3UGP8C6UA7SRAT4MRE62ML', environment: 'live' });
