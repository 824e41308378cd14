const checkout = await AdyenCheckout({ clientKey: 'live_KNQJA0T7KBTBYYWTPEO3WIMJPHC5T943', environment: 'live' });
