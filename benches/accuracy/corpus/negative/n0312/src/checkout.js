import { loadStripe } from '@stripe/stripe-js';

export const stripe = loadStripe('pk_live_VFWVw2d96QiK3qWi9tSY9Qyh2fEav3Qiwn8k8xz23fOPpOWrpeonEHwQtqX4nOW3nm8Y6FypKApfILMQ1Yuxlic9PEv5spumlS3');
