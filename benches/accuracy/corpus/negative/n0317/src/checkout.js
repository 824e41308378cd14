import { loadStripe } from '@stripe/stripe-js';

export const stripe = loadStripe('pk_test_WXbcR8PKw7zd1JvAWfTX13v3uIvY9silEu98x8QMkDFKZ4fC4RD2B72fXEhA5lzGZXjFu8vDAGXRCRlNRAEsHuKWPunT7NSCnNJ');
