import { loadStripe } from '@stripe/stripe-js';

export const stripe = loadStripe('pk_live_uVOKR1p3rytPEOLm06aPcJKG3VENK3VOoqRa3sDZFOMBGNmGLhvh2DplvUIZ0o12elfgTbKsSpF5UBb7MqGPbnajRigZo7ccqsd');
