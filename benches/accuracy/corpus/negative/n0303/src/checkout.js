import { loadStripe } from '@stripe/stripe-js';

export const stripe = loadStripe('pk_live_1DNPCVOJdARfkCgob1ajvXM6QIGWsmkCBe21kROIXtjjso7etfLe1IUL4j41FkWEifzc8wSGUWZReCblYrBtQ2iJVUOAd7YQ7d7');
