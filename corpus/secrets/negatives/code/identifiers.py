addPassword = "#add-password"
passwordField = "password-input"
PASSWORD_MIN_LENGTH = 12
PASSWORD_REGEX = r"^(?=.*[A-Z])(?=.*\d).{12,}$"
TOKEN_ENV_VAR = "GITHUB_TOKEN_V2"
api_key_header = "X-Api-Key"
secret_name = "prod/payments/stripe-key-v2"
max_tokens = 4096
tokenizer = "bert-base-uncased-v2"
token_url = "https://auth.corp.invalid/oauth2/token"
private_key_path = "/etc/ssl/private/server2.key"
password_hash = generate_password_hash(form.password.data)
if password == confirm_password:
    pass
bypass = "Vx7qL2mRz9ab"
