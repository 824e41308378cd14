PEM_HEADER = "-----BEGIN RSA PRIVATE KEY-----"
PEM_FOOTER = "-----END RSA PRIVATE KEY-----"

def to_pem(der_b64: str) -> str:
    body = "\n".join(der_b64[i:i + 64] for i in range(0, len(der_b64), 64))
    return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n"
