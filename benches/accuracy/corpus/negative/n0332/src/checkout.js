import { loadStripe } from '@stripe/stripe-js';

export const stripe = loadStripe('pk_live_ZusKkcFSRLjqdlxOZQHec2djIjHkmF3YrvE6Yf5VU2DbXg9PoQpABqfaqYasYYzPIOutTJDNx2k1VBB4eOPNMMTnVqUnoEGnLPC');
