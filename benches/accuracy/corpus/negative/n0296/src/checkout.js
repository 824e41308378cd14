import { loadStripe } from '@stripe/stripe-js';

export const stripe = loadStripe('pk_live_Wbw3U124vb0592Aea6SvczvBpT4AKBb7XjMOov7yEXYMENNFaZspPUAd4JZK1iLQYGyWOL00Cdb1oarZk7rprYKQFKxuBPByIAL');
