"""Token bodies for the accuracy corpus: the template language of formats.psv, and the
structured generators (checksummed tokens, JWTs, macaroons, private keys) it refers to.

Everything random comes from the `random.Random` passed in, so a fixed seed gives the same
corpus byte for byte. Key material is real where that is cheap in pure Python (RSA, P-256,
Ed25519 keys are mathematically valid), and structurally valid elsewhere.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import string
import struct
import zlib

ALNUM = string.ascii_letters + string.digits
CLASSES = {
    "A": ALNUM,
    "a": string.ascii_lowercase + string.digits,
    "U": string.ascii_uppercase + string.digits,
    "h": "0123456789abcdef",
    "H": "0123456789ABCDEF",
    "d": string.digits,
    "l": string.ascii_lowercase,
    "u": string.ascii_uppercase,
    "b": ALNUM + "+/",
    "B": ALNUM + "_-",
    "s": string.ascii_uppercase + "234567",
    "z": string.ascii_lowercase + "234567",
    "t": ALNUM + "_~.-",
    "p": ALNUM + "!*-_.^+=",
}
BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

# A random body that happens to look like a placeholder would make a miss the generator's
# fault, not the scanner's: such draws are repeated.
_PLACEHOLDER_LOOK = re.compile(r"(?i)example|sample|dummy|fake|test|x{4}|(.)\1{3}")

_TOKEN = re.compile(
    r"\{(?:(?P<cls>[AaUhHdlubBsztp]):(?P<n>\d+)(?:-(?P<m>\d+))?"
    r"|(?P<word>uuid|UUID|crc|user|pass|host|db|company)"
    r"|(?P<enc>b64|b64u|b64nopad):(?P<bytes>\d+)"
    r"|gen:(?P<gen>\w+))\}"
)


class Draw:
    """One token being built: remembers the random characters drawn so far (the part a
    CRC32 checksum covers)."""

    def __init__(self, rng):
        self.rng = rng
        self.random_part = []

    def chars(self, alphabet: str, n: int) -> str:
        for _ in range(100):
            s = "".join(self.rng.choice(alphabet) for _ in range(n))
            if not _PLACEHOLDER_LOOK.search(s):
                break
        self.random_part.append(s)
        return s


def expand(template: str, rng, ctx: dict | None = None) -> str:
    """Expands a formats.psv template. Unknown `{...}` text stays literal (ODBC driver names)."""
    draw = Draw(rng)
    out = []
    pos = 0
    for m in _TOKEN.finditer(template):
        out.append(template[pos : m.start()])
        pos = m.end()
        if m.group("cls"):
            n = int(m.group("n"))
            if m.group("m"):
                n = rng.randint(n, int(m.group("m")))
            out.append(draw.chars(CLASSES[m.group("cls")], n))
        elif m.group("word"):
            out.append(_word(m.group("word"), rng, draw, ctx or {}))
        elif m.group("enc"):
            raw = rng.randbytes(int(m.group("bytes")))
            enc = m.group("enc")
            if enc == "b64":
                out.append(base64.b64encode(raw).decode())
            elif enc == "b64nopad":
                out.append(base64.b64encode(raw).decode().rstrip("="))
            else:
                out.append(base64.urlsafe_b64encode(raw).decode().rstrip("="))
        else:
            out.append(GENERATORS[m.group("gen")](rng))
    out.append(template[pos:])
    return "".join(out)


def _word(word, rng, draw, ctx):
    if word == "uuid":
        return uuid4(rng)
    if word == "UUID":
        return uuid4(rng).upper()
    if word == "crc":
        return base62_crc32("".join(draw.random_part))
    if word == "user":
        return ctx.setdefault("user", rng.choice(USERS))
    if word == "pass":
        return ctx.setdefault("pass", password(rng))
    if word == "host":
        return ctx.setdefault("host", hostname(rng))
    if word == "db":
        return ctx.setdefault("db", rng.choice(DATABASES))
    if word == "company":
        return ctx.setdefault("company", rng.choice(COMPANIES))
    raise KeyError(word)


USERS = ["deploy", "svc_billing", "app_user", "etl_reader", "reporting", "ci_runner",
         "orders_rw", "jmartin", "analytics", "backend", "webapp", "ingest"]
DATABASES = ["orders", "billing", "analytics", "app_production", "inventory", "payments",
             "crm", "events", "ledger", "catalog"]
COMPANIES = ["acme-corp", "globex", "initech", "umbrella-labs", "hooli", "vandelay",
             "soylent", "stark-ind", "wayne-ent", "tyrell", "cyberdyne", "wonka"]
TLDS = ["io", "net", "com", "dev", "cloud"]
WORDS = ["harbor", "lantern", "copper", "meadow", "falcon", "orbit", "granite", "willow",
         "ember", "summit", "cobalt", "velvet", "tundra", "saffron", "quartz", "maple",
         "rocket", "pepper", "glacier", "canyon", "thunder", "marble", "sparrow", "violet"]


def hostname(rng) -> str:
    role = rng.choice(["db", "pg-primary", "mysql-01", "data", "prod-db", "cluster0",
                       "store", "cache", "mq", "backend"])
    return f"{role}.{rng.choice(COMPANIES)}.{rng.choice(TLDS)}"


def password(rng) -> str:
    """A real-looking password: either random (as a generator makes) or composed (as a
    person makes). Only characters that need no escaping in URLs, shells and YAML."""
    if rng.random() < 0.55:
        alphabet = ALNUM + "!*-_.^+="
        while True:
            s = "".join(rng.choice(alphabet) for _ in range(rng.randint(14, 26)))
            if (s[0].isalnum() and any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                    and not _PLACEHOLDER_LOOK.search(s)):
                return s
    a, b = rng.sample(WORDS, 2)
    return f"{a.capitalize()}{rng.randint(10, 9999)}{b.capitalize()}{rng.choice('!.*-_+')}{rng.randint(1, 99)}"


def uuid4(rng) -> str:
    b = bytearray(rng.randbytes(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def base62_crc32(random_part: str) -> str:
    """GitHub's and npm's checksum: CRC32 of the random part, six base62 digits."""
    v = zlib.crc32(random_part.encode())
    out = ""
    for _ in range(6):
        out = BASE62[v % 62] + out
        v //= 62
    return out


def b64u(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def b64u_json(obj) -> str:
    return b64u(json.dumps(obj, separators=(",", ":")).encode())


# ---------------------------------------------------------------- JWTs

def _claims(rng, extra=None):
    iat = 1_700_000_000 + rng.randint(0, 60_000_000)
    claims = {
        "iss": f"https://auth.{rng.choice(COMPANIES)}.{rng.choice(TLDS)}/",
        "sub": str(rng.randint(10**8, 10**10)) if rng.random() < 0.5 else uuid4(rng),
        "aud": rng.choice(["api", "billing-service", "internal", "https://api.example.org"]),
        "iat": iat,
        "exp": iat + rng.choice([3600, 86400, 31_536_000, 315_360_000]),
    }
    if rng.random() < 0.5:
        claims["scope"] = rng.choice(["read:orders write:orders", "admin", "openid profile email"])
    if extra:
        claims.update(extra)
    return claims


def jwt(rng, alg="HS256", claims=None, header_extra=None) -> str:
    header = {"alg": alg, "typ": "JWT"}
    if header_extra:
        header.update(header_extra)
    signing_input = b64u_json(header) + "." + b64u_json(claims or _claims(rng))
    if alg == "HS256":
        sig = hmac.new(rng.randbytes(32), signing_input.encode(), hashlib.sha256).digest()
    elif alg == "HS512":
        sig = hmac.new(rng.randbytes(64), signing_input.encode(), hashlib.sha512).digest()
    elif alg in ("ES256", "EdDSA"):
        sig = rng.randbytes(64)
    else:
        sig = rng.randbytes(256)
    return signing_input + "." + b64u(sig)


def gen_jwt_hs256(rng):
    return jwt(rng, "HS256")


def gen_jwt_hs512(rng):
    return jwt(rng, "HS512")


def gen_jwt_rs256(rng):
    return jwt(rng, "RS256", header_extra={"kid": b64u(rng.randbytes(12))})


def gen_jwt_es256(rng):
    return jwt(rng, "ES256")


def gen_jwt_eddsa(rng):
    iat = 1_700_000_000 + rng.randint(0, 60_000_000)
    return jwt(rng, "EdDSA", claims={"a": "rw", "iat": iat, "id": uuid4(rng)})


def gen_jwt_supabase_service(rng):
    iat = 1_690_000_000 + rng.randint(0, 60_000_000)
    ref = "".join(rng.choice(string.ascii_lowercase) for _ in range(20))
    return jwt(rng, "HS256", claims={"iss": "supabase", "ref": ref, "role": "service_role",
                                     "iat": iat, "exp": iat + 315_360_000})


def gen_jwt_monday(rng):
    iat = 1_690_000_000 + rng.randint(0, 60_000_000)
    return jwt(rng, "HS256", claims={"tid": rng.randint(10**8, 10**9), "aai": 11,
                                     "uid": rng.randint(10**7, 10**8), "iad": "2024-03-01T10:00:00.000Z",
                                     "per": "me:write", "actid": rng.randint(10**6, 10**7), "rgn": "use1"})


# ---------------------------------------------------------------- provider structures

# Fixed by the token format: every PyPI token's macaroon names the index as its location.
PYPI_MACAROON_LOCATION = b"pypi.org"


def gen_pypi(rng):
    """A PyPI API token: `pypi-` + base64url of a macaroon (location, identifier, one caveat,
    signature)."""
    def field(tag, data: bytes):
        return bytes([tag]) + _varint(len(data)) + data
    ident = json.dumps({"version": 1, "permissions": "user" if rng.random() < 0.5 else
                        {"projects": [rng.choice(["acme-sdk", "billing-client", "orbitkit"])]}},
                       separators=(",", ":"))
    body = (b"\x02" + field(1, PYPI_MACAROON_LOCATION) + field(2, uuid4(rng).encode()) + b"\x00"
            + field(2, ident.encode()) + b"\x00" + b"\x00" + field(6, rng.randbytes(32)))
    return "pypi-" + b64u(body)


def _varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def gen_mapbox_sk(rng):
    user = rng.choice(["acme-maps", "globexgeo", "initech-ops", "hooli-dev", "wonka"])
    return "sk." + b64u_json({"u": user, "a": "".join(rng.choice(CLASSES["a"]) for _ in range(25))}) \
        + "." + "".join(rng.choice(CLASSES["B"]) for _ in range(22))


def gen_discord_bot(rng):
    snowflake = str(rng.randint(10**17, 13 * 10**17))
    return (b64u(snowflake.encode()) + "." + "".join(rng.choice(CLASSES["B"]) for _ in range(6))
            + "." + "".join(rng.choice(CLASSES["B"]) for _ in range(38)))


def gen_aws_session(rng):
    """An STS session token: base64 of a serialized blob that starts with the token's
    origin region record."""
    raw = b"\x21\x0a\x09origin_ec\x10" + rng.randbytes(rng.randint(280, 420))
    return base64.b64encode(raw).decode().rstrip("=")


def _amz_date(rng):
    return f"2025{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00Z"


def gen_bedrock_long(rng):
    user = f"BedrockAPIKey-{''.join(rng.choice(CLASSES['a']) for _ in range(4))}"
    account = str(rng.randint(10**11, 10**12 - 1))
    secret = base64.b64encode(rng.randbytes(45)).decode()
    return "ABSK" + base64.b64encode(f"{user}-at-{account}:{secret}".encode()).decode()


def gen_bedrock_short(rng):
    cred = "ASIA" + "".join(rng.choice(CLASSES["s"]) for _ in range(16))
    date = _amz_date(rng)
    url = ("bedrock.amazonaws.com/?Action=CallWithBearerToken"
           f"&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={cred}%2F{date[:8]}%2Fus-east-1%2Fbedrock%2Faws4_request"
           f"&X-Amz-Date={date}&X-Amz-Expires=43200"
           f"&X-Amz-Security-Token={gen_aws_session(rng)[:200]}"
           f"&X-Amz-Signature={rng.randbytes(32).hex()}&X-Amz-SignedHeaders=host&Version=1")
    return "bedrock-api-key-" + base64.b64encode(url.encode()).decode()


def gen_sas_sig(rng):
    return base64.b64encode(rng.randbytes(32)).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def gen_jfrog_ref(rng):
    ts = rng.randint(1_700_000_000, 1_760_000_000)
    return base64.b64encode(f"reftkn:01:{ts}:{''.join(rng.choice(ALNUM) for _ in range(33))}".encode()).decode().rstrip("=")


def gen_grafana_cloud(rng):
    return b64u_json({"o": str(rng.randint(10**5, 10**6)), "n": rng.choice(["deploy", "ci-metrics", "alloy"]),
                      "k": "".join(rng.choice(ALNUM) for _ in range(24)),
                      "m": {"r": rng.choice(["prod-us-east-0", "prod-eu-west-2"])}}) + "="


def gen_grafana_legacy(rng):
    return base64.b64encode(json.dumps({"k": "".join(rng.choice(ALNUM) for _ in range(32)),
                                        "n": rng.choice(["ci", "provisioning", "backup"]),
                                        "id": rng.randint(1, 9)}, separators=(",", ":")).encode()).decode()


def gen_sentry_org(rng):
    iat = 1_700_000_000 + rng.randint(0, 50_000_000) + 0.5
    body = base64.b64encode(json.dumps({"iat": iat, "url": "https://sentry.io", "region_url": "https://us.sentry.io",
                                        "org": rng.choice(COMPANIES)}, separators=(",", ":")).encode()).decode().rstrip("=")
    return body + "_" + "".join(rng.choice(CLASSES["b"]) for _ in range(43))


def gen_op_sa(rng):
    return b64u_json({"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                      "iterations": 650000, "salt": b64u(rng.randbytes(16))},
                      "email": f"{''.join(rng.choice(CLASSES['z']) for _ in range(13))}@1passwordserviceaccounts.com",
                      "srpX": rng.randbytes(32).hex(),
                      "muk": {"alg": "A256GCM", "ext": False, "k": b64u(rng.randbytes(32)), "key_ops": ["encrypt", "decrypt"],
                              "kty": "oct", "kid": "mp"},
                      "secretKey": "A3-" + "-".join("".join(rng.choice(CLASSES["U"]) for _ in range(k)) for k in (6, 6, 5, 5, 5, 5)),
                      "throttleSecret": {"seed": rng.randbytes(32).hex(), "uuid": "".join(rng.choice(CLASSES["U"]) for _ in range(26))},
                      "deviceUuid": "".join(rng.choice(CLASSES["a"]) for _ in range(26))})


def gen_intercom(rng):
    return base64.b64encode(f"tok:{uuid4(rng)}:1:0".encode()).decode()


def gen_twitter_bearer(rng):
    return "A" * 22 + "".join(rng.choice(ALNUM) for _ in range(19)) + "%3D" + "".join(rng.choice(ALNUM) for _ in range(50))


def gen_fly(rng):
    return "fm2_" + base64.b64encode(b"\x94\xd3" + rng.randbytes(rng.randint(280, 360))).decode()


def gen_miro(rng):
    return b64u_json({"miro.origin": rng.choice(["eu01", "us01"])}) + "_" + "".join(rng.choice(CLASSES["B"]) for _ in range(27))


def gen_neptune(rng):
    return base64.b64encode(json.dumps({"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai",
                                        "api_key": uuid4(rng)}, separators=(",", ":")).encode()).decode()


def gen_prismic(rng):
    return "MC5" + base64.b64encode(("." + "".join(rng.choice(ALNUM) for _ in range(16)) + "."
                                     + "".join(rng.choice(ALNUM) for _ in range(40))).encode()).decode().rstrip("=")


def gen_elastic_apikey(rng):
    return base64.b64encode(("".join(rng.choice(CLASSES["B"]) for _ in range(20)) + ":"
                             + "".join(rng.choice(CLASSES["B"]) for _ in range(22))).encode()).decode()


def gen_upstash(rng):
    return "A" + base64.b64encode(b"\x01\x00\x00" + rng.randbytes(60)).decode().rstrip("=")[1:]


def gen_basic(rng):
    return base64.b64encode(f"{rng.choice(USERS)}:{password(rng)}".encode()).decode()


def gen_django(rng):
    alphabet = string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)"
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(50))
        if not _PLACEHOLDER_LOOK.search(s):
            return s


def gen_wordpress_salt(rng):
    alphabet = ALNUM + "!@#%^&*()-_[]{}<>~+=,.;:/?|"
    return "".join(rng.choice(alphabet) for _ in range(64))


def gen_wif(rng):
    payload = b"\x80" + rng.randbytes(32) + b"\x01"
    return base58check(payload)


def base58check(payload: bytes) -> str:
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = alphabet[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def gen_age(rng):
    return bech32_encode("age-secret-key-", rng.randbytes(32)).upper()


def gen_age_public(rng):
    return bech32_encode("age", rng.randbytes(32))


def bech32_encode(hrp: str, data: bytes) -> str:
    charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    acc, bits, five = 0, 0, []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            five.append((acc >> bits) & 31)
    if bits:
        five.append((acc << (5 - bits)) & 31)

    def polymod(values):
        gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
        chk = 1
        for v in values:
            top = chk >> 25
            chk = (chk & 0x1FFFFFF) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if (top >> i) & 1 else 0
        return chk

    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = polymod(expanded + five + [0] * 6) ^ 1
    checksum = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(charset[d] for d in five + checksum)


# ---------------------------------------------------------------- ASN.1 DER

def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body: bytes) -> bytes:
    return bytes([tag]) + der_len(len(body)) + body


def der_int(v: int) -> bytes:
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return der(0x02, b)


def der_seq(*items) -> bytes:
    return der(0x30, b"".join(items))


def der_oid(dotted: str) -> bytes:
    parts = [int(p) for p in dotted.split(".")]
    body = bytearray([parts[0] * 40 + parts[1]])
    for p in parts[2:]:
        chunk = [p & 0x7F]
        p >>= 7
        while p:
            chunk.append(0x80 | (p & 0x7F))
            p >>= 7
        body.extend(reversed(chunk))
    return der(0x06, bytes(body))


def pem(label: str, body: bytes, headers: str = "") -> str:
    b = base64.b64encode(body).decode()
    lines = [b[i : i + 64] for i in range(0, len(b), 64)]
    return f"-----BEGIN {label}-----\n{headers}" + "\n".join(lines) + f"\n-----END {label}-----"


# ---------------------------------------------------------------- RSA

_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _probable_prime(n, rng):
    for p in _SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(24):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits, rng):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if (c - 1) % 65537 and _probable_prime(c, rng):
            return c


def rsa_key(rng, bits=2048):
    e = 65537
    while True:
        p, q = _prime(bits // 2, rng), _prime(bits // 2, rng)
        if p != q:
            break
    n = p * q
    d = pow(e, -1, (p - 1) * (q - 1))
    return {"n": n, "e": e, "d": d, "p": p, "q": q}


def rsa_pkcs1_der(k):
    return der_seq(der_int(0), der_int(k["n"]), der_int(k["e"]), der_int(k["d"]), der_int(k["p"]),
                   der_int(k["q"]), der_int(k["d"] % (k["p"] - 1)), der_int(k["d"] % (k["q"] - 1)),
                   der_int(pow(k["q"], -1, k["p"])))


RSA_ALG = der_seq(der_oid("1.2.840.113549.1.1.1"), b"\x05\x00")


def rsa_pkcs8_der(k):
    return der_seq(der_int(0), RSA_ALG, der(0x04, rsa_pkcs1_der(k)))


def rsa_spki_der(k):
    return der_seq(RSA_ALG, der(0x03, b"\x00" + der_seq(der_int(k["n"]), der_int(k["e"]))))


def ssh_string(b: bytes) -> bytes:
    return struct.pack(">I", len(b)) + b


def ssh_mpint(v: int) -> bytes:
    b = v.to_bytes((v.bit_length() + 8) // 8, "big") if v else b""
    return ssh_string(b)


def rsa_ssh_public(k, comment):
    blob = ssh_string(b"ssh-rsa") + ssh_mpint(k["e"]) + ssh_mpint(k["n"])
    return f"ssh-rsa {base64.b64encode(blob).decode()} {comment}"


# ---------------------------------------------------------------- P-256

P256_P = 2**256 - 2**224 + 2**192 + 2**96 - 1
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)
P256_A = -3


def _ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0] and (P[1] + Q[1]) % P256_P == 0:
        return None
    if P == Q:
        lam = (3 * P[0] * P[0] + P256_A) * pow(2 * P[1], -1, P256_P) % P256_P
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, P256_P) % P256_P
    x = (lam * lam - P[0] - Q[0]) % P256_P
    return (x, (lam * (P[0] - x) - P[1]) % P256_P)


def _ec_mul(k, P):
    R = None
    while k:
        if k & 1:
            R = _ec_add(R, P)
        P = _ec_add(P, P)
        k >>= 1
    return R


def p256_key(rng):
    d = rng.randrange(1, P256_N)
    x, y = _ec_mul(d, P256_G)
    return {"d": d, "x": x, "y": y}


P256_OID = der_oid("1.2.840.10045.3.1.7")
EC_ALG = der_seq(der_oid("1.2.840.10045.2.1"), P256_OID)


def _point(k):
    return b"\x04" + k["x"].to_bytes(32, "big") + k["y"].to_bytes(32, "big")


def ec_sec1_der(k, with_params=True):
    items = [der_int(1), der(0x04, k["d"].to_bytes(32, "big"))]
    if with_params:
        items.append(der(0xA0, P256_OID))
    items.append(der(0xA1, der(0x03, b"\x00" + _point(k))))
    return der_seq(*items)


def ec_pkcs8_der(k):
    return der_seq(der_int(0), EC_ALG, der(0x04, ec_sec1_der(k, with_params=False)))


def ec_spki_der(k):
    return der_seq(EC_ALG, der(0x03, b"\x00" + _point(k)))


# ---------------------------------------------------------------- Ed25519

_ED_P = 2**255 - 19
_ED_D = -121665 * pow(121666, -1, _ED_P) % _ED_P
_ED_Q = 2**252 + 27742317777372353535851937790883648493


def _ed_add(P, Q):
    x1, y1, z1, t1 = P
    x2, y2, z2, t2 = Q
    a = (y1 - x1) * (y2 - x2) % _ED_P
    b = (y1 + x1) * (y2 + x2) % _ED_P
    c = t1 * 2 * _ED_D * t2 % _ED_P
    d = z1 * 2 * z2 % _ED_P
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % _ED_P, g * h % _ED_P, f * g % _ED_P, e * h % _ED_P)


def _ed_base():
    y = 4 * pow(5, -1, _ED_P) % _ED_P
    x2 = (y * y - 1) * pow(_ED_D * y * y + 1, -1, _ED_P) % _ED_P
    x = pow(x2, (_ED_P + 3) // 8, _ED_P)
    if (x * x - x2) % _ED_P:
        x = x * pow(2, (_ED_P - 1) // 4, _ED_P) % _ED_P
    if x & 1:
        x = _ED_P - x
    return (x, y, 1, x * y % _ED_P)


def ed25519_public(seed: bytes) -> bytes:
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    R, P = (0, 1, 1, 0), _ed_base()
    while a:
        if a & 1:
            R = _ed_add(R, P)
        P = _ed_add(P, P)
        a >>= 1
    zinv = pow(R[2], -1, _ED_P)
    x, y = R[0] * zinv % _ED_P, R[1] * zinv % _ED_P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def openssh_ed25519(rng, comment):
    seed = rng.randbytes(32)
    pub = ed25519_public(seed)
    pub_blob = ssh_string(b"ssh-ed25519") + ssh_string(pub)
    check = rng.randbytes(4)
    private = (check + check + ssh_string(b"ssh-ed25519") + ssh_string(pub) + ssh_string(seed + pub)
               + ssh_string(comment.encode()))
    pad = 1
    while len(private) % 8:
        private += bytes([pad])
        pad += 1
    body = (b"openssh-key-v1\x00" + ssh_string(b"none") + ssh_string(b"none") + ssh_string(b"")
            + struct.pack(">I", 1) + ssh_string(pub_blob) + ssh_string(private))
    b = base64.b64encode(body).decode()
    lines = [b[i : i + 70] for i in range(0, len(b), 70)]
    key = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"
    public = f"ssh-ed25519 {base64.b64encode(pub_blob).decode()} {comment}"
    return key, public


def ed25519_ssh_public(rng, comment):
    pub = ed25519_public(rng.randbytes(32))
    return f"ssh-ed25519 {base64.b64encode(ssh_string(b'ssh-ed25519') + ssh_string(pub)).decode()} {comment}"


def putty_ppk_v3(rng, comment):
    seed = rng.randbytes(32)
    pub = ed25519_public(seed)
    pub_blob = ssh_string(b"ssh-ed25519") + ssh_string(pub)
    priv_blob = ssh_string(seed)
    mac_data = (ssh_string(b"ssh-ed25519") + ssh_string(b"none") + ssh_string(comment.encode())
                + ssh_string(pub_blob) + ssh_string(priv_blob))
    mac = hmac.new(b"", mac_data, hashlib.sha256).hexdigest()

    def lines(raw):
        b = base64.b64encode(raw).decode()
        return [b[i : i + 64] for i in range(0, len(b), 64)]
    pl, vl = lines(pub_blob), lines(priv_blob)
    return "\n".join(["PuTTY-User-Key-File-3: ssh-ed25519", "Encryption: none", f"Comment: {comment}",
                      f"Public-Lines: {len(pl)}", *pl, f"Private-Lines: {len(vl)}", *vl,
                      f"Private-MAC: {mac}"])


def putty_ppk_v2_rsa(rng, comment, k):
    pub_blob = ssh_string(b"ssh-rsa") + ssh_mpint(k["e"]) + ssh_mpint(k["n"])
    priv_blob = ssh_mpint(k["d"]) + ssh_mpint(k["p"]) + ssh_mpint(k["q"]) + ssh_mpint(pow(k["q"], -1, k["p"]))
    mac_key = hashlib.sha1(b"putty-private-key-file-mac-key").digest()
    mac_data = (ssh_string(b"ssh-rsa") + ssh_string(b"none") + ssh_string(comment.encode())
                + ssh_string(pub_blob) + ssh_string(priv_blob))
    mac = hmac.new(mac_key, mac_data, hashlib.sha1).hexdigest()

    def lines(raw):
        b = base64.b64encode(raw).decode()
        return [b[i : i + 64] for i in range(0, len(b), 64)]
    pl, vl = lines(pub_blob), lines(priv_blob)
    return "\n".join(["PuTTY-User-Key-File-2: ssh-rsa", "Encryption: none", f"Comment: {comment}",
                      f"Public-Lines: {len(pl)}", *pl, f"Private-Lines: {len(vl)}", *vl,
                      f"Private-MAC: {mac}"])


# ---------------------------------------------------------------- OpenPGP

def _crc24(data: bytes) -> int:
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def _pgp_packet(tag, body):
    return bytes([0xC0 | tag]) + _pgp_len(len(body)) + body


def _pgp_len(n):
    if n < 192:
        return bytes([n])
    if n < 8384:
        n -= 192
        return bytes([(n >> 8) + 192, n & 0xFF])
    return b"\xff" + struct.pack(">I", n)


def _mpi(raw: bytes):
    v = int.from_bytes(raw, "big")
    return struct.pack(">H", v.bit_length()) + raw.lstrip(b"\0")


def pgp_armor(label, packets: bytes) -> str:
    b = base64.b64encode(packets).decode()
    lines = [b[i : i + 64] for i in range(0, len(b), 64)]
    crc = base64.b64encode(_crc24(packets).to_bytes(3, "big")).decode()
    return f"-----BEGIN PGP {label}-----\n\n" + "\n".join(lines) + f"\n={crc}\n-----END PGP {label}-----"


def pgp_private(rng, uid):
    seed = rng.randbytes(32)
    pub = ed25519_public(seed)
    created = struct.pack(">I", rng.randint(1_600_000_000, 1_750_000_000))
    oid = bytes.fromhex("2b06010401da470f01")
    public_part = b"\x04" + created + b"\x16" + bytes([len(oid)]) + oid + _mpi(b"\x40" + pub)
    secret = _mpi(seed)
    checksum = struct.pack(">H", sum(secret) & 0xFFFF)
    packets = _pgp_packet(5, public_part + b"\x00" + secret + checksum) + _pgp_packet(13, uid.encode())
    return pgp_armor("PRIVATE KEY BLOCK", packets)


def pgp_public(rng, uid):
    pub = ed25519_public(rng.randbytes(32))
    created = struct.pack(">I", rng.randint(1_600_000_000, 1_750_000_000))
    oid = bytes.fromhex("2b06010401da470f01")
    body = b"\x04" + created + b"\x16" + bytes([len(oid)]) + oid + _mpi(b"\x40" + pub)
    return pgp_armor("PUBLIC KEY BLOCK", _pgp_packet(6, body) + _pgp_packet(13, uid.encode())
                     + _pgp_packet(2, b"\x04\x13\x16\x08" + rng.randbytes(90)))


def pgp_signature(rng):
    return pgp_armor("SIGNATURE", _pgp_packet(2, b"\x04\x00\x16\x08" + rng.randbytes(110)))


# ---------------------------------------------------------------- key bundles used by the corpus

GENERATORS = {
    "jwt_hs256": gen_jwt_hs256,
    "jwt_hs512": gen_jwt_hs512,
    "jwt_rs256": gen_jwt_rs256,
    "jwt_es256": gen_jwt_es256,
    "jwt_eddsa": gen_jwt_eddsa,
    "jwt_supabase_service": gen_jwt_supabase_service,
    "jwt_monday": gen_jwt_monday,
    "pypi": gen_pypi,
    "mapbox_sk": gen_mapbox_sk,
    "discord_bot": gen_discord_bot,
    "aws_session": gen_aws_session,
    "bedrock_long": gen_bedrock_long,
    "bedrock_short": gen_bedrock_short,
    "sas_sig": gen_sas_sig,
    "jfrog_ref": gen_jfrog_ref,
    "grafana_cloud": gen_grafana_cloud,
    "grafana_legacy": gen_grafana_legacy,
    "sentry_org": gen_sentry_org,
    "op_sa": gen_op_sa,
    "intercom": gen_intercom,
    "twitter_bearer": gen_twitter_bearer,
    "fly": gen_fly,
    "miro": gen_miro,
    "neptune": gen_neptune,
    "prismic": gen_prismic,
    "elastic_apikey": gen_elastic_apikey,
    "upstash": gen_upstash,
    "basic": gen_basic,
    "django": gen_django,
    "wp_salt": gen_wordpress_salt,
    "wif": gen_wif,
    "age": gen_age,
}
