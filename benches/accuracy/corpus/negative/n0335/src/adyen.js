const checkout = await AdyenCheckout({ clientKey: 'live_04US3CBK58Y2D6XQXGQEX3749Q2KQ4BG', environment: 'live' });
