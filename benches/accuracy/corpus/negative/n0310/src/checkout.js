import { loadStripe } from '@stripe/stripe-js';

export const stripe = loadStripe('pk_test_vmzFhqjPfjBGYB79m5kKjDKKMhAyvqLc9lz4O8j4iLqj4TeOXNv8b6NAe3FOPyueHJhXE9OVirgQtjvrQO4WhqgsUJaTy5wPLex');
