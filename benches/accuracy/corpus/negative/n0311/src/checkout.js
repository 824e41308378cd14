import { loadStripe } from '@stripe/stripe-js';

export const stripe = loadStripe('pk_test_IfLx1Xh6kQdk7AHFhazZS43F9ZvI3Xtj5u16mlFUMjwCPNCZhBofZLBYaUR2s4BcYvFPETOXGdx3CpaEuSmCmbBE2BjcY39lt1z');
