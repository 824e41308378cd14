import { loadStripe } from '@stripe/stripe-js';

export const stripe = loadStripe('pk_test_iz4m25QWi6q0Lfe1q5Fkiujh7BKbNi7GIczes2ZzNMwsOiPaZcDErUbvtjHDCQnGs0Q6yXsKtnnS8oSp7ACbbiHon4BRBWLyFeT');
