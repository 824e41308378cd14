ANTHROPIC_API_KEY=op://Production/Anthropic/credential
APP_ENV=production
