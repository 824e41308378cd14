"""Hard negatives: files that look like they hold a secret and do not.

Each category is a function `(rng) -> (path, content)`; CATEGORIES gives how many files of
each the corpus holds. Values that sit where a secret would sit are placed with the same
contexts the positives use, so a negative differs from a positive only in its value.
"""

from __future__ import annotations

import base64
import json
import string
import struct
import zlib

import contexts as C
import tokens as T

# (provider, var, prefix, body length, alphabet) of well-known token shapes, for placeholders.
SHAPES = [
    ("Stripe", "STRIPE_SECRET_KEY", "sk_live_", 24, T.ALNUM),
    ("GitHub", "GITHUB_TOKEN", "ghp_", 36, T.ALNUM),
    ("AWS", "AWS_ACCESS_KEY_ID", "AKIA", 16, string.ascii_uppercase + "234567"),
    ("AWS", "AWS_SECRET_ACCESS_KEY", "", 40, T.ALNUM),
    ("Slack", "SLACK_BOT_TOKEN", "xoxb-", 40, string.digits),
    ("OpenAI", "OPENAI_API_KEY", "sk-proj-", 48, T.ALNUM),
    ("SendGrid", "SENDGRID_API_KEY", "SG.", 66, T.ALNUM),
    ("GitLab", "GITLAB_TOKEN", "glpat-", 20, T.ALNUM),
    ("npm", "NPM_TOKEN", "npm_", 36, T.ALNUM),
    ("Anthropic", "ANTHROPIC_API_KEY", "sk-ant-api03-", 95, T.ALNUM),
    ("Datadog", "DD_API_KEY", "", 32, "0123456789abcdef"),
    ("Twilio", "TWILIO_AUTH_TOKEN", "", 32, "0123456789abcdef"),
    ("Mailgun", "MAILGUN_API_KEY", "key-", 32, "0123456789abcdef"),
    ("Hugging Face", "HF_TOKEN", "hf_", 34, T.ALNUM),
    ("Generic", "API_KEY", "", 32, T.ALNUM),
    ("Generic", "SECRET_KEY", "", 40, T.ALNUM),
    ("Generic", "CLIENT_SECRET", "", 32, T.ALNUM),
    ("Shopify", "SHOPIFY_ACCESS_TOKEN", "shpat_", 32, "0123456789abcdef"),
    ("Google Cloud", "GOOGLE_API_KEY", "AIza", 35, T.ALNUM),
    ("Databricks", "DATABRICKS_TOKEN", "dapi", 32, "0123456789abcdef"),
]

SAFE_CONTEXTS = [c for c in C.KV_CONTEXTS if c[0] not in ("k8s-secret-data",)]


def _variant(rng, k):
    """Which of a category's k variants the next file shows: in turn, so each variant is
    represented equally (rng is the category's own stream, one per category)."""
    i = getattr(rng, "turn", 0)
    rng.turn = i + 1
    return i % k


def place(rng, provider, var, value):
    s = C.Secret(provider, "", "", var, value)
    name, fn, _ = rng.choice(SAFE_CONTEXTS)
    path, content, _ = fn(rng, s)
    return path, content


def _shape(rng):
    return rng.choice(SHAPES)


# ---------------------------------------------------------------- placeholders

def n_sequential(rng):
    provider, var, prefix, n, alphabet = _shape(rng)
    seqs = {
        "alnum": string.ascii_lowercase + string.digits,
        "upper": string.ascii_uppercase + string.digits,
        "hex": "0123456789abcdef",
        "digits": "1234567890",
        "mixed": string.ascii_letters + string.digits,
    }
    if alphabet == "0123456789abcdef":
        seq = seqs["hex"]
    elif alphabet == string.digits:
        seq = seqs["digits"]
    else:
        seq = seqs[rng.choice(["alnum", "upper", "mixed", "digits"])]
    start = rng.choice([0, 0, 0, 1])
    body = "".join(seq[(start + i) % len(seq)] for i in range(n))
    if prefix == "xoxb-":
        body = "1234567890-1234567890-" + "abcdefghijklmnopqrstuvwx"
    return place(rng, provider, var, prefix + body)


def n_repeated(rng):
    provider, var, prefix, n, _ = _shape(rng)
    ch = rng.choice(["x", "X", "0", "a", "*", "1", "z", "A"])
    body = ch * n
    if prefix == "xoxb-":
        body = "0" * 12 + "-" + "0" * 13 + "-" + "x" * 24
    return place(rng, provider, var, prefix + body)


PLACEHOLDER_WORDS = ["your_api_key_here", "YOUR_API_KEY", "your-secret-key", "changeme", "change_me", "CHANGE-ME",
                     "replace-with-your-token", "REPLACE_ME", "insert-key-here", "dummy-token", "not-a-real-secret",
                     "TODO", "xxx", "secret", "password", "REDACTED", "********", "example-api-key", "sample_token",
                     "fake-key-for-local-dev", "none", "null", "<redacted>", "put-your-token-here", "MY_SECRET",
                     "please-change-this", "test", "foobar", "12345", "abc123"]


def n_words(rng):
    provider, var, prefix, n, alphabet = _shape(rng)
    r = rng.random()
    if r < 0.5 or not prefix:
        value = rng.choice(PLACEHOLDER_WORDS)
    elif r < 0.75:
        value = prefix + rng.choice(["your_key_here", "YOUR_TOKEN", "REPLACE_WITH_REAL_TOKEN", "xxxxxxxx",
                                     "changeme", "EXAMPLE"])
    else:
        # a key-shaped string that says it is an example
        body = "EXAMPLE" + "".join(rng.choice(alphabet) for _ in range(max(4, n - 7)))
        value = prefix + body[:n]
    return place(rng, provider, var, value)


TEMPLATES = ["<YOUR_API_KEY>", "<token>", "<api-key>", "${API_KEY}", "${{STRIPE_KEY}}", "{{ api_key }}",
             "{{ .Values.secrets.apiKey }}", "%(api_key)s", "{api_key}", "<%= ENV['API_KEY'] %>", "#{ENV['API_KEY']}",
             "$API_KEY", "$(API_KEY)", "@api.key@", "__API_KEY__", "#{ApiKey}", "{{ vault_api_key }}",
             "$${API_KEY}", "%API_KEY%", "${env:API_KEY}", "<SECRET>",
             "[[ .Env.API_TOKEN ]]", "{{ lookup('env', 'API_KEY') }}", "${SECRET_TOKEN:?required}"]


def n_template(rng):
    provider, var, prefix, n, _ = _shape(rng)
    t = rng.choice(TEMPLATES)
    if rng.random() < 0.3 and prefix:
        t = prefix + t
    return place(rng, provider, var, t)


def n_env_reference(rng):
    provider, var, *_ = _shape(rng)
    choice = _variant(rng, 12)
    if choice == 0:
        return "app/settings.py", f'import os\n\n{var} = os.environ["{var}"]\nDEBUG = False\n'
    if choice == 1:
        return "src/config.js", f"module.exports = {{\n  {C.Secret('', '', '', var, '').camel}: process.env.{var},\n}};\n"
    if choice == 2:
        return "internal/config/env.go", f'package config\n\nimport "os"\n\nvar APIKey = os.Getenv("{var}")\n'
    if choice == 3:
        return "src/main/java/app/Env.java", f'class Env {{\n    static final String KEY = System.getenv("{var}");\n}}\n'
    if choice == 4:
        return ".github/workflows/deploy.yml", ("name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
                                                f"    env:\n      {var}: ${{{{ secrets.{var} }}}}\n    steps:\n"
                                                "      - run: ./deploy.sh\n")
    if choice == 5:
        return "k8s/deployment.yaml", ("apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n"
                                       "      containers:\n        - name: app\n          env:\n"
                                       f"            - name: {var}\n              valueFrom:\n"
                                       f"                secretKeyRef:\n                  name: app-secrets\n"
                                       f"                  key: {var.lower().replace('_', '-')}\n")
    if choice == 6:
        return "main.tf", (f'data "aws_secretsmanager_secret_version" "api" {{\n  secret_id = "prod/{var.lower()}"\n}}\n\n'
                           'locals {\n  api_key = jsondecode(data.aws_secretsmanager_secret_version.api.secret_string)["key"]\n}\n')
    if choice == 7:
        return ".env.tpl", f"{var}=op://Production/{provider}/credential\nAPP_ENV=production\n"
    if choice == 8:
        acct = rng.randint(10**11, 10**12 - 1)
        suffix = "".join(rng.choice(T.ALNUM) for _ in range(6))
        return "config/secrets.yaml", (f"{var.lower()}:\n  source: aws-secrets-manager\n"
                                       f"  arn: arn:aws:secretsmanager:eu-west-1:{acct}:secret:prod/{var.lower()}-{suffix}\n")
    if choice == 9:
        return "appsettings.json", json.dumps({"ApiKey": f"@Microsoft.KeyVault(SecretUri=https://kv-{rng.choice(T.COMPANIES)}.vault.azure.net/secrets/{var.replace('_', '-')}/)"}, indent=2) + "\n"
    if choice == 10:
        return "docker-compose.yml", f"services:\n  api:\n    image: api:latest\n    environment:\n      - {var}=${{{var}}}\n"
    return "config/initializers/keys.rb", f'API_KEY = ENV.fetch("{var}")\n'


def n_encrypted(rng):
    choice = _variant(rng, 5)
    if choice == 0:
        def enc(n):
            return (f"ENC[AES256_GCM,data:{base64.b64encode(rng.randbytes(n)).decode()},"
                    f"iv:{base64.b64encode(rng.randbytes(32)).decode()},tag:{base64.b64encode(rng.randbytes(16)).decode()},type:str]")
        age_block = "\n".join("                " + ln for ln in
                              ("-----BEGIN AGE ENCRYPTED FILE-----\n" + base64.b64encode(rng.randbytes(180)).decode()
                               + "\n-----END AGE ENCRYPTED FILE-----").split("\n"))
        content = (f"stripe_secret_key: {enc(40)}\ndb_password: {enc(18)}\nsops:\n    age:\n"
                   f"        - recipient: {T.gen_age_public(rng)}\n          enc: |\n{age_block}\n"
                   f"    lastmodified: \"2025-03-02T10:11:12Z\"\n    mac: {enc(32)}\n    version: 3.9.0\n")
        return "secrets/prod.enc.yaml", content
    if choice == 1:
        raw = rng.randbytes(rng.randint(120, 300)).hex()
        lines = [raw[i:i + 80] for i in range(0, len(raw), 80)]
        body = "\n".join("  " + ln for ln in lines)
        return "group_vars/all/vault.yml", f"db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n{body}\n"
    if choice == 2:
        data = lambda: "AgB" + base64.b64encode(rng.randbytes(rng.randint(300, 420))).decode()
        content = ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\n"
                   f"spec:\n  encryptedData:\n    STRIPE_SECRET_KEY: {data()}\n    DATABASE_URL: {data()}\n")
        return "k8s/sealed-secret.yaml", content
    if choice == 3:
        return "src/main/resources/application-prod.properties", (
            "spring.datasource.username=app\n"
            f"spring.datasource.password=ENC({base64.b64encode(rng.randbytes(48)).decode()})\n")
    enc = "--".join(base64.b64encode(rng.randbytes(n)).decode() for n in (300, 12, 16))
    return "config/credentials.yml.enc", enc + "\n"


# ---------------------------------------------------------------- public material

def n_public_key(rng):
    choice = _variant(rng, 10)
    who = f"{rng.choice(T.USERS)}@{rng.choice(T.COMPANIES)}.io"
    if choice == 0:
        return rng.choice(["keys/public.pem", "config/jwt/public.pem"]), T.pem("PUBLIC KEY", T.rsa_spki_der(T.rsa_key(rng, 1024 if rng.random() < 0.3 else 2048))) + "\n"
    if choice == 1:
        return "keys/ec-public.pem", T.pem("PUBLIC KEY", T.ec_spki_der(T.p256_key(rng))) + "\n"
    if choice == 2:
        der = T.der_seq(T.der_seq(T.der(0xA0, T.der_int(2)), T.der_int(rng.getrandbits(64)), rng.randbytes(700)))
        return rng.choice(["certs/ca.crt", "tls/chain.pem"]), T.pem("CERTIFICATE", der) + "\n"
    if choice == 3:
        keys = [T.ed25519_ssh_public(rng, f"{u}@laptop") for u in rng.sample(T.USERS, 3)]
        return ".ssh/authorized_keys", "\n".join(keys) + "\n"
    if choice == 4:
        key = T.rsa_ssh_public(T.rsa_key(rng, 2048), who)
        return rng.choice(["deploy/id_rsa.pub", "keys/ci.pub"]), key + "\n"
    if choice == 5:
        hosts = []
        for h in ("github.com", f"git.{rng.choice(T.COMPANIES)}.io", "10.0.0.4"):
            hosts.append(f"{h} {T.ed25519_ssh_public(rng, '').strip()}")
        return "known_hosts", "\n".join(hosts) + "\n"
    if choice == 6:
        return "KEYS.asc", T.pgp_public(rng, f"Release Signing <{who}>") + "\n"
    if choice == 7:
        k = T.rsa_key(rng, 1024)
        n = T.b64u(k["n"].to_bytes(128, "big"))
        return ".well-known/jwks.json", json.dumps({"keys": [{"kty": "RSA", "use": "sig", "kid": T.b64u(rng.randbytes(8)),
                                                              "alg": "RS256", "n": n, "e": "AQAB"}]}, indent=2) + "\n"
    if choice == 8:
        content = "creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: >-\n"
        content += ",\n".join("      " + T.gen_age_public(rng) for _ in range(2)) + "\n"
        return ".sops.yaml", content
    peer = base64.b64encode(rng.randbytes(32)).decode()
    return "wireguard/peers.conf", (f"# peer list, public keys only\n[Peer]\nPublicKey = {peer}\n"
                                    f"AllowedIPs = 10.8.0.{rng.randint(2, 200)}/32\n")


def n_publishable(rng):
    choice = _variant(rng, 14)
    body = lambda n, a=T.ALNUM: "".join(rng.choice(a) for _ in range(n))
    if choice == 0:
        key = rng.choice(["pk_live_", "pk_test_"]) + body(99)
        return "src/checkout.js", f"import {{ loadStripe }} from '@stripe/stripe-js';\n\nexport const stripe = loadStripe('{key}');\n"
    if choice == 1:
        return "public/index.html", ("<script>\n  !function(t,e){/* posthog snippet */}(document,window.posthog||[]);\n"
                                     f"  posthog.init('phc_{body(43)}', {{ api_host: 'https://eu.i.posthog.com' }});\n</script>\n")
    if choice == 2:
        return ".env", f"LANGFUSE_PUBLIC_KEY=pk-lf-{T.uuid4(rng)}\nLANGFUSE_HOST=https://cloud.langfuse.com\n"
    if choice == 3:
        dsn = f"https://{rng.randbytes(16).hex()}@o{rng.randint(100000, 999999)}.ingest.sentry.io/{rng.randint(10**6, 10**7)}"
        return "src/sentry.ts", f"import * as Sentry from '@sentry/browser';\n\nSentry.init({{\n  dsn: '{dsn}',\n  tracesSampleRate: 0.1,\n}});\n"
    if choice == 4:
        return "src/search.js", (f"const client = algoliasearch('{body(10, string.ascii_uppercase + string.digits)}', "
                                 f"'{rng.randbytes(16).hex()}'); // search-only key, safe in the browser\n")
    if choice == 5:
        cid = f"{rng.randint(10**11, 10**12)}-{body(32, string.ascii_lowercase + string.digits)}.apps.googleusercontent.com"
        return "src/auth.ts", f"export const GOOGLE_CLIENT_ID = '{cid}';\n"
    if choice == 6:
        return "templates/signup.html", f'<div class="g-recaptcha" data-sitekey="6L{body(38, T.CLASSES["B"])}"></div>\n'
    if choice == 7:
        pk = "pk_live_" + base64.b64encode(f"clerk.{rng.choice(T.COMPANIES)}.io$".encode()).decode()
        return ".env.local", f"NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY={pk}\n"
    if choice == 8:
        iat = 1_700_000_000 + rng.randint(0, 10**7)
        anon = T.jwt(rng, "HS256", claims={"iss": "supabase", "ref": body(20, string.ascii_lowercase), "role": "anon",
                                           "iat": iat, "exp": iat + 315_360_000})
        return ".env.local", f"NEXT_PUBLIC_SUPABASE_URL=https://{body(20, string.ascii_lowercase)}.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY={anon}\n"
    if choice == 9:
        return "templates/pay.html", (f'<script src="https://www.paypal.com/sdk/js?client-id=A{body(79, T.CLASSES["B"])}&currency=EUR"></script>\n')
    if choice == 10:
        return "src/adyen.js", f"const checkout = await AdyenCheckout({{ clientKey: 'live_{body(32, string.ascii_uppercase + string.digits)}', environment: 'live' }});\n"
    if choice == 11:
        return "src/square.js", f"const payments = Square.payments('sq0idp-{body(22, T.CLASSES['B'])}', 'L{body(12, string.ascii_uppercase + string.digits)}');\n"
    if choice == 12:
        return "src/flags.js", f"const ldclient = LDClient.initialize('{rng.randbytes(12).hex()}', {{ key: user.id }});\n"
    return "src/realtime.js", f"const pusher = new Pusher('{rng.randbytes(10).hex()}', {{ cluster: 'eu' }});\n"


# ---------------------------------------------------------------- identifiers

def n_numeric_id(rng):
    choice = _variant(rng, 9)
    acct = rng.randint(10**11, 10**12 - 1)
    if choice == 0:
        return "iam/policy.json", json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                                              "Principal": {"AWS": f"arn:aws:iam::{acct}:role/deployer"}}]}, indent=2) + "\n"
    if choice == 1:
        return "bot/config.yaml", (f"guild_id: {rng.randint(10**17, 10**18)}\nalerts_channel_id: {rng.randint(10**17, 10**18)}\n"
                                   f"admin_role_id: {rng.randint(10**17, 10**18)}\n")
    if choice == 2:
        ch = lambda p: p + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(10))
        return "config/slack.yml", f"slack:\n  team_id: {ch('T')}\n  alerts_channel: {ch('C')}\n  oncall_user: {ch('U')}\n"
    if choice == 3:
        return "notify.py", f"TELEGRAM_CHAT_ID = -100{rng.randint(10**9, 10**10)}\n"
    if choice == 4:
        return "public/index.html", (f"<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-{''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(10))}\"></script>\n")
    if choice == 5:
        obj = lambda p, n: p + "".join(rng.choice(T.ALNUM) for _ in range(n))
        return "tests/fixtures/billing.json", json.dumps({"customer": obj("cus_", 14), "price": obj("price_", 24),
                                                          "product": obj("prod_", 14), "payment_intent": obj("pi_", 24),
                                                          "account": obj("acct_", 16)}, indent=2) + "\n"
    if choice == 6:
        return "config/twilio.yml", f"account_sid: AC{rng.randbytes(16).hex()}\nmessaging_service_sid: MG{rng.randbytes(16).hex()}\n"
    if choice == 7:
        return "ios/ExportOptions.plist", (f"<plist><dict><key>teamID</key><string>{''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(10))}</string>"
                                           f"<key>appleId</key><string>{rng.randint(10**9, 10**10)}</string></dict></plist>\n")
    return "terraform.tfvars", f'project_number = "{rng.randint(10**11, 10**12)}"\naws_account_id = "{acct}"\n'


def n_uuid(rng):
    u = lambda: T.uuid4(rng)
    choice = _variant(rng, 7)
    if choice == 0:
        return ".env", f"AZURE_TENANT_ID={u()}\nAZURE_SUBSCRIPTION_ID={u()}\nAZURE_CLIENT_ID={u()}\n"
    if choice == 1:
        return "src/App/App.csproj", ('<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n'
                                      f"    <UserSecretsId>{u()}</UserSecretsId>\n    <ProjectGuid>{{{u().upper()}}}</ProjectGuid>\n  </PropertyGroup>\n</Project>\n")
    if choice == 2:
        rows = "\n".join(f"INSERT INTO users (id, email) VALUES ('{u()}', 'user{i}@example.org');" for i in range(5))
        return "db/seed.sql", rows + "\n"
    if choice == 3:
        lines = [f'2025-03-0{rng.randint(1, 9)}T12:0{i}:11Z INFO request_id={u()} trace_id={rng.randbytes(16).hex()} status=200'
                 for i in range(6)]
        return "logs/sample.log", "\n".join(lines) + "\n"
    if choice == 4:
        return "terraform.tfstate.backup", json.dumps({"version": 4, "resources": [{"type": "azurerm_resource_group",
                                                       "instances": [{"attributes": {"id": f"/subscriptions/{u()}/resourceGroups/prod"}}]}]}, indent=2) + "\n"
    if choice == 5:
        return "api/events.json", json.dumps([{"eventId": u(), "correlationId": u(), "type": "order.created"} for _ in range(3)], indent=2) + "\n"
    return "config/tenants.yaml", "tenants:\n" + "".join(f"  - id: {u()}\n    name: tenant-{i}\n" for i in range(4))


def n_git_sha(rng):
    sha = lambda: rng.randbytes(20).hex()
    choice = _variant(rng, 8)
    if choice == 0:
        return ".github/workflows/ci.yml", ("name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
                                            f"      - uses: actions/checkout@{sha()} # v4.1.1\n"
                                            f"      - uses: actions/setup-node@{sha()} # v4.0.2\n      - run: npm test\n")
    if choice == 1:
        lines = [f"- Fix retry loop ([{s[:7]}](https://github.com/acme/app/commit/{s}))" for s in (sha() for _ in range(5))]
        return "CHANGELOG.md", "## 2.4.1\n\n" + "\n".join(lines) + "\n"
    if choice == 2:
        return "go.mod", (f"module github.com/acme/app\n\ngo 1.22\n\nrequire (\n"
                          f"\tgolang.org/x/exp v0.0.0-2024{rng.randint(10, 12)}{rng.randint(10, 28)}120000-{sha()[:12]}\n"
                          f"\tgithub.com/acme/lib v1.3.0\n)\n")
    if choice == 3:
        return "Cargo.toml", f'[dependencies]\nfancy = {{ git = "https://github.com/acme/fancy", rev = "{sha()}" }}\n'
    if choice == 4:
        return ".pre-commit-config.yaml", f"repos:\n  - repo: https://github.com/acme/hooks\n    rev: {sha()}\n    hooks:\n      - id: lint\n"
    if choice == 5:
        return ".git-blame-ignore-revs", "# formatting commits\n" + "\n".join(sha() for _ in range(4)) + "\n"
    if choice == 6:
        return "flake.lock", json.dumps({"nodes": {"nixpkgs": {"locked": {"lastModified": 1710000000, "narHash": "sha256-" + base64.b64encode(rng.randbytes(32)).decode(),
                                                                            "owner": "NixOS", "repo": "nixpkgs", "rev": sha(), "type": "github"}}},
                                         "root": "root", "version": 7}, indent=2) + "\n"
    return "package.json", json.dumps({"name": "@acme/ui", "version": "3.2.0", "gitHead": sha()}, indent=2) + "\n"


def n_content_hash(rng):
    choice = _variant(rng, 7)
    h = lambda n=32: rng.randbytes(n).hex()
    if choice == 0:
        return "SHA256SUMS", "".join(f"{h()}  app-1.4.0-{p}.tar.gz\n" for p in ("linux-amd64", "linux-arm64", "darwin-arm64"))
    if choice == 1:
        return "k8s/cronjob.yaml", f"spec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: job\n              image: registry.internal/etl@sha256:{h()}\n"
    if choice == 2:
        return "Formula/acme-cli.rb", f'class AcmeCli < Formula\n  url "https://downloads.acme.io/cli-2.1.0.tar.gz"\n  sha256 "{h()}"\nend\n'
    if choice == 3:
        files = {f"static/js/{n}.{h(4)}.js": f"/static/js/{n}.{h(4)}.chunk.js" for n in ("main", "vendors", "runtime")}
        return "build/asset-manifest.json", json.dumps({"files": files, "entrypoints": list(files.values())}, indent=2) + "\n"
    if choice == 4:
        return "Dockerfile", (f"FROM debian:bookworm-slim\nARG TOOL_SHA256={h()}\nRUN curl -fsSLo tool.tgz https://downloads.acme.io/tool.tgz \\\n"
                              ' && echo "${TOOL_SHA256}  tool.tgz" | sha256sum -c -\n')
    if choice == 5:
        return "WORKSPACE", (f'http_archive(\n    name = "rules_go",\n    sha256 = "{h()}",\n'
                             '    urls = ["https://github.com/bazelbuild/rules_go/releases/download/v0.46.0/rules_go-v0.46.0.zip"],\n)\n')
    return "default.nix", f'src = fetchurl {{\n  url = "https://downloads.acme.io/app.tar.gz";\n  hash = "sha256-{base64.b64encode(rng.randbytes(32)).decode()}";\n}};\n'


PKGS = ["lodash", "react", "react-dom", "express", "chalk", "debug", "ms", "semver", "commander", "axios",
        "uuid", "minimist", "yargs", "typescript", "zod", "dayjs", "glob", "rimraf", "tslib", "ws"]


def n_lockfile(rng):
    choice = _variant(rng, 9)
    pick = rng.sample(PKGS, rng.randint(6, 12))
    ver = lambda: f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
    sri = lambda: "sha512-" + base64.b64encode(rng.randbytes(64)).decode()
    mirror = f"https://npm.mirror.{rng.choice(T.COMPANIES)}.io"
    if choice == 0:
        pk = {"": {"name": "app", "version": "1.0.0"}}
        for p in pick:
            v = ver()
            pk[f"node_modules/{p}"] = {"version": v, "resolved": f"{mirror}/{p}/-/{p}-{v}.tgz", "integrity": sri()}
        return "package-lock.json", json.dumps({"name": "app", "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2) + "\n"
    if choice == 1:
        out = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", ""]
        for p in pick:
            v = ver()
            out += [f'{p}@^{v}:', f'  version "{v}"', f'  resolved "{mirror}/{p}/-/{p}-{v}.tgz#{rng.randbytes(20).hex()}"',
                    f"  integrity {sri()}", ""]
        return "yarn.lock", "\n".join(out)
    if choice == 2:
        out = ["lockfileVersion: '9.0'", "", "packages:", ""]
        for p in pick:
            out += [f"  {p}@{ver()}:", f"    resolution: {{integrity: {sri()}}}", ""]
        return "pnpm-lock.yaml", "\n".join(out)
    if choice == 3:
        crates = rng.sample(["serde", "tokio", "anyhow", "regex", "memchr", "libc", "bytes", "itoa", "ryu", "log", "cfg-if", "once_cell"], 7)
        out = ["# This file is automatically @generated by Cargo.", "version = 4", ""]
        for c in crates:
            out += ["[[package]]", f'name = "{c}"', f'version = "{ver()}"',
                    f'source = "sparse+https://crates.{rng.choice(T.COMPANIES)}.io/index/"', f'checksum = "{rng.randbytes(32).hex()}"', ""]
        return "Cargo.lock", "\n".join(out)
    if choice == 4:
        mods = ["github.com/google/uuid", "golang.org/x/sys", "golang.org/x/net", "github.com/spf13/cobra", "gopkg.in/yaml.v3"]
        out = []
        for m in rng.sample(mods, 4):
            v = "v" + ver()
            out += [f"{m} {v} h1:{base64.b64encode(rng.randbytes(32)).decode()}", f"{m} {v}/go.mod h1:{base64.b64encode(rng.randbytes(32)).decode()}"]
        return "go.sum", "\n".join(out) + "\n"
    if choice == 5:
        out = []
        for p in rng.sample(["requests", "urllib3", "idna", "certifi", "charset-normalizer", "click", "jinja2"], 4):
            out += [f"{p}=={ver()} \\", f"    --hash=sha256:{rng.randbytes(32).hex()} \\", f"    --hash=sha256:{rng.randbytes(32).hex()}"]
        return "requirements.txt", "\n".join(out) + "\n"
    if choice == 6:
        out = []
        for p in rng.sample(["requests", "urllib3", "idna", "certifi", "click", "attrs"], 3):
            out += ["[[package]]", f'name = "{p}"', f'version = "{ver()}"', "files = [",
                    f'    {{file = "{p}-{ver()}-py3-none-any.whl", hash = "sha256:{rng.randbytes(32).hex()}"}},', "]", ""]
        return "poetry.lock", "\n".join(out)
    if choice == 7:
        deps = {p: {"type": "Direct", "requested": f"[{ver()}, )", "resolved": ver(),
                    "contentHash": base64.b64encode(rng.randbytes(64)).decode()} for p in ["Newtonsoft.Json", "Serilog", "Dapper"]}
        return "packages.lock.json", json.dumps({"version": 1, "dependencies": {"net8.0": deps}}, indent=2) + "\n"
    out = ["GEM", f"  remote: https://gems.{rng.choice(T.COMPANIES)}.io/", "  specs:"]
    gems = rng.sample(["rack", "rake", "nokogiri", "puma", "json", "i18n"], 4)
    out += [f"    {g} ({ver()})" for g in gems]
    out += ["", "CHECKSUMS"] + [f"  {g} ({ver()}) sha256={rng.randbytes(32).hex()}" for g in gems] + ["", "BUNDLED WITH", "   2.5.6"]
    return "Gemfile.lock", "\n".join(out) + "\n"


# ---------------------------------------------------------------- generated and binary-ish text

def _ident(rng):
    return rng.choice(string.ascii_letters + "_$") + ("" if rng.random() < 0.6 else rng.choice(string.ascii_letters + string.digits))


def _js_expr(rng, depth=0):
    r = rng.random()
    if depth > 2 or r < 0.25:
        return rng.choice([_ident(rng), str(rng.randint(0, 9999)), "!0", "!1", "null", "void 0",
                           f'"{rng.choice(["click", "change", "data-id", "aria-hidden", "button", "token", "password", "apiKey"])}"'])
    if r < 0.4:
        return f"{_ident(rng)}.{rng.choice(['map', 'filter', 'reduce', 'forEach', 'push', 'call', 'apply'])}({_js_expr(rng, depth + 1)})"
    if r < 0.55:
        return f"function({_ident(rng)},{_ident(rng)}){{return {_js_expr(rng, depth + 1)}}}"
    if r < 0.7:
        return f"{_js_expr(rng, depth + 1)}?{_js_expr(rng, depth + 1)}:{_js_expr(rng, depth + 1)}"
    if r < 0.8:
        h = rng.randbytes(4).hex()
        return f'"{rng.choice(["static/media/", "static/js/", "/assets/"])}{rng.choice(["logo", "icon", "chunk", "font"])}.{h}.{rng.choice(["svg", "js", "woff2", "png"])}"'
    if r < 0.88:
        return f'"css-{"".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(7))}"'
    if r < 0.94:
        return f"0x{rng.randbytes(4).hex()}"
    return f'"{base64.b64encode(rng.randbytes(rng.randint(12, 40))).decode()}"'


def n_minified_js(rng):
    parts = []
    size = rng.randint(12_000, 40_000)
    mod = rng.randint(100, 999)
    while sum(map(len, parts)) < size:
        parts.append(f"{rng.randint(1000, 99999)}:function({_ident(rng)},{_ident(rng)},{_ident(rng)}){{\"use strict\";"
                     f"var {_ident(rng)}={_js_expr(rng)},{_ident(rng)}={_js_expr(rng)};return {_js_expr(rng)}}}")
    body = ",".join(parts)
    content = f'(self.webpackChunkapp=self.webpackChunkapp||[]).push([[{mod}],{{{body}}}]);\n//# sourceMappingURL={mod}.{rng.randbytes(4).hex()}.js.map\n'
    return rng.choice([f"dist/assets/index-{rng.randbytes(4).hex()}.js", f"build/static/js/{mod}.{rng.randbytes(4).hex()}.chunk.js",
                       f"public/js/vendor.{rng.randbytes(4).hex()}.min.js"]), content


def n_sourcemap(rng):
    b64 = T.CLASSES["b"]
    segs = []
    for _ in range(rng.randint(2000, 5000)):
        segs.append("".join(rng.choice(b64) for _ in range(rng.choice([4, 4, 5, 6]))))
        segs.append(rng.choice([",", ",", ",", ";"]))
    obj = {"version": 3, "file": "main.js", "sources": ["webpack://app/./src/index.ts", "webpack://app/./src/api.ts"],
           "names": ["apiKey", "token", "fetch", "headers", "password"], "mappings": "".join(segs)}
    return f"dist/main.{rng.randbytes(4).hex()}.js.map", json.dumps(obj) + "\n"


def png(rng, w, h):
    raw = b"".join(b"\x00" + rng.randbytes(w * 4) for _ in range(h))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def n_base64_image(rng):
    data = base64.b64encode(png(rng, rng.randint(8, 28), rng.randint(8, 28))).decode()
    choice = _variant(rng, 5)
    if choice == 0:
        return "src/styles/icons.css", f".icon-warning {{\n  background-image: url(data:image/png;base64,{data});\n}}\n"
    if choice == 1:
        return "templates/email.html", f'<img alt="logo" width="32" src="data:image/png;base64,{data}">\n'
    if choice == 2:
        nb = {"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["df.plot()"],
                         "outputs": [{"output_type": "display_data", "data": {"image/png": data, "text/plain": ["<Figure>"]},
                                      "metadata": {}}]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        return "notebooks/plots.ipynb", json.dumps(nb, indent=1) + "\n"
    if choice == 3:
        font = base64.b64encode(rng.randbytes(rng.randint(800, 2500))).decode()
        return "src/styles/fonts.css", f"@font-face {{\n  font-family: 'Inter';\n  src: url(data:font/woff2;base64,{font}) format('woff2');\n}}\n"
    return "assets/logo.svg", f'<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><image href="data:image/png;base64,{data}"/></svg>\n'


def n_test_vector(rng):
    choice = _variant(rng, 4)
    if choice == 0:
        tests = [{"tcId": i + 1, "key": rng.randbytes(32).hex(), "iv": rng.randbytes(12).hex(), "aad": "",
                  "msg": rng.randbytes(16).hex(), "ct": rng.randbytes(16).hex(), "tag": rng.randbytes(16).hex(),
                  "result": "valid"} for i in range(4)]
        return "tests/vectors/aes_gcm_test.json", json.dumps({"algorithm": "AES-GCM", "testGroups": [{"keySize": 256, "tests": tests}]}, indent=2) + "\n"
    if choice == 1:
        return "tests/test_hmac.py", ("import hmac, hashlib\n\n\ndef test_known_answer():\n"
                                      f'    key = bytes.fromhex("{rng.randbytes(32).hex()}")\n'
                                      f'    expected = "{rng.randbytes(32).hex()}"\n'
                                      '    assert hmac.new(key, b"message", hashlib.sha256).hexdigest() == expected\n')
    if choice == 2:
        return "crypto/chacha_test.go", ("package crypto\n\nvar chachaVectors = []struct{ key, nonce, out string }{\n"
                                         + "".join(f'\t{{"{rng.randbytes(32).hex()}", "{rng.randbytes(12).hex()}", "{rng.randbytes(32).hex()}"}},\n' for _ in range(3))
                                         + "}\n")
    return "src/sha/tests.rs", ("#[test]\nfn digest_matches() {\n"
                                f'    let expected = hex!("{rng.randbytes(32).hex()}");\n'
                                f'    let seed = hex!("{rng.randbytes(32).hex()}");\n    assert_eq!(digest(&seed), expected);\n}}\n')


DOC_LINES = [
    "GitHub personal access tokens start with `ghp_` followed by 36 letters and digits.",
    "Stripe live secret keys begin with `sk_live_`; publishable keys begin with `pk_live_` and are safe in the browser.",
    "Slack bot tokens look like `xoxb-…`, user tokens `xoxp-…`.",
    "AWS access key IDs are 20 characters and begin with `AKIA` (long-term) or `ASIA` (temporary).",
    "The regex we use to detect OpenAI keys is `sk-(proj-)?[A-Za-z0-9_-]{20,}`.",
    "Set `SENDGRID_API_KEY` to a key of the form `SG.<22 chars>.<43 chars>`.",
    "GitLab tokens carry a prefix such as `glpat-` (personal), `gldt-` (deploy) or `glrt-` (runner).",
    "npm granular tokens start with `npm_`; never commit them to `.npmrc`.",
    "Rotate the key with `aws iam create-access-key --user-name deployer` and store it in the vault.",
    "A Twilio Auth Token is 32 hexadecimal characters; keep it out of source control.",
    "The token is shown once, e.g. `hf_…`; copy it into your password manager.",
    "| Provider | Prefix |\n|---|---|\n| Anthropic | `sk-ant-` |\n| Groq | `gsk_` |\n| Replicate | `r8_` |",
]


def n_format_doc(rng):
    lines = ["# Credentials", "", "We never commit credentials. Put them in the secret store.", ""]
    lines += rng.sample(DOC_LINES, rng.randint(3, 5))
    lines += ["", "See the runbook for rotation steps."]
    return rng.choice(["docs/secrets.md", "SECURITY.md", "docs/runbooks/rotate-keys.md", "README.md"]), "\n\n".join(lines) + "\n"


def n_high_entropy(rng):
    choice = _variant(rng, 12)
    b64 = lambda n: base64.b64encode(rng.randbytes(n)).decode()
    if choice == 0:
        classes = "\n".join(f".Button_{n}__{''.join(rng.choice(T.CLASSES['B']) for _ in range(5))}{{color:#{rng.randbytes(3).hex()}}}"
                            for n in ("primary", "ghost", "danger", "link"))
        return f"dist/assets/index-{rng.randbytes(4).hex()}.css", classes + "\n"
    if choice == 1:
        nonce = b64(16)
        return "templates/base.html", (f'<meta http-equiv="Content-Security-Policy" content="script-src \'nonce-{nonce}\'">\n'
                                       f'<script nonce="{nonce}" src="/app.js"></script>\n')
    if choice == 2:
        return "public/index.html", (f'<script src="https://cdn.example.org/lib@3.7.1/dist/lib.min.js" '
                                     f'integrity="sha384-{b64(48)}" crossorigin="anonymous"></script>\n')
    if choice == 3:
        return f"Assets/Prefabs/Player{rng.randint(1, 9)}.prefab.meta", f"fileFormatVersion: 2\nguid: {rng.randbytes(16).hex()}\nPrefabImporter:\n  userData:\n"
    if choice == 4:
        ids = [rng.randbytes(12).hex().upper() for _ in range(4)]
        return "App.xcodeproj/project.pbxproj", "".join(f"\t\t{i} /* AppDelegate.swift in Sources */ = {{isa = PBXBuildFile; fileRef = {j}; }};\n"
                                                         for i, j in zip(ids, reversed(ids)))
    if choice == 5:
        return "release/app-2.1.0.tar.gz.asc", T.pgp_signature(rng) + "\n"
    if choice == 6:
        return "docs/servers.md", "".join(f"- `{h}`: `SHA256:{b64(32).rstrip('=')}` (ED25519)\n"
                                          for h in ("bastion.internal", "git.internal", "build-01.internal"))
    if choice == 7:
        return ".ssh/known_hosts", "".join(f"|1|{b64(20)}|{b64(20)} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(32)[:43]}\n" for _ in range(3))
    if choice == 8:
        return "src/__snapshots__/Card.test.tsx.snap", (f'exports[`Card renders 1`] = `\n<div\n  className="card css-{rng.randbytes(3).hex()}"\n'
                                                         f'  data-testid="card-{rng.randbytes(8).hex()}"\n/>\n`;\n')
    if choice == 9:
        return "contracts/deployments.json", json.dumps({"network": "sepolia", "address": "0x" + rng.randbytes(20).hex(),
                                                        "transactionHash": "0x" + rng.randbytes(32).hex(),
                                                        "blockHash": "0x" + rng.randbytes(32).hex()}, indent=2) + "\n"
    if choice == 10:
        return "docs/donate.md", (f"Donations: BTC `bc1q{''.join(rng.choice('qpzry9x8gf2tvdw0s3jn54khce6mua7l') for _ in range(38))}`, "
                                  f"ETH `0x{rng.randbytes(20).hex()}`\n")
    return "ipfs/pins.txt", "".join(f"bafybei{''.join(rng.choice('abcdefghijklmnopqrstuvwxyz234567') for _ in range(52))}\n" for _ in range(3))


def n_invalid_checksum(rng):
    prefix = rng.choice(["ghp_", "gho_", "ghs_", "npm_"])
    body = "".join(rng.choice(T.ALNUM) for _ in range(30))
    good = T.base62_crc32(body)
    bad = good
    while bad == good:
        bad = "".join(rng.choice(T.ALNUM) for _ in range(6))
    var = "NPM_TOKEN" if prefix == "npm_" else "GITHUB_TOKEN"
    return place(rng, "GitHub", var, prefix + body + bad)


def n_masked(rng):
    provider, var, prefix, n, alphabet = _shape(rng)
    tail = "".join(rng.choice(alphabet) for _ in range(4))
    choice = _variant(rng, 6)
    if choice == 0:
        value = prefix + "*" * max(4, n - 4) + tail
    elif choice == 1:
        value = prefix + "…" + tail
    elif choice == 2:
        value = (prefix or "") + "".join(rng.choice(alphabet) for _ in range(max(3, n // 4)))  # far too short
    elif choice == 3:
        return "logs/deploy.log", (f"2025-02-11T08:14:02Z INFO using {var}={prefix}…redacted…\n"
                                   "2025-02-11T08:14:03Z INFO Authorization: Bearer [REDACTED]\n")
    elif choice == 4:
        value = "•" * 12
    else:
        hdr = T.b64u_json({"alg": "HS256", "typ": "JWT"})
        value = hdr + "." + T.b64u_json({"sub": "1"})[:12]  # truncated, no signature
    return place(rng, provider, var, value)


def n_unsigned_jwt(rng):
    token = T.b64u_json({"alg": "none", "typ": "JWT"}) + "." + T.b64u_json(T._claims(rng)) + "."
    return place(rng, "JWT", "ID_TOKEN", token)


def n_password_field(rng):
    choice = _variant(rng, 10)
    if choice == 0:
        return "templates/login.html", ('<form method="post">\n  <input type="email" name="email">\n'
                                        '  <input type="password" name="password" autocomplete="current-password" minlength="12">\n</form>\n')
    if choice == 1:
        return "config/security.yaml", "password_min_length: 12\npassword_require_symbol: true\ntoken_type: Bearer\napi_key_header: X-API-Key\nsecret_rotation_days: 90\n"
    if choice == 2:
        return "settings.py", 'AUTH_PASSWORD_VALIDATORS = [\n    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},\n]\nPASSWORD_RESET_TIMEOUT = 3600\n'
    if choice == 3:
        return "docker-compose.yml", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password\n    secrets: [pg_password]\nsecrets:\n  pg_password:\n    file: ./secrets/pg_password.txt\n"
    if choice == 4:
        return "src/types.ts", "export interface Credentials {\n  username: string;\n  password: string;\n  apiKey?: string;\n  token: string | null;\n}\n"
    if choice == 5:
        return "internal/model/user.go", 'package model\n\ntype Login struct {\n\tEmail    string `json:"email"`\n\tPassword string `json:"password"`\n\tToken    string `json:"token,omitempty"`\n}\n'
    if choice == 6:
        return "db/schema.sql", "CREATE TABLE users (\n  id BIGSERIAL PRIMARY KEY,\n  password_hash VARCHAR(255) NOT NULL,\n  api_token_digest CHAR(64)\n);\n"
    if choice == 7:
        return "locales/en.json", json.dumps({"login.password": "Password", "login.forgot": "Forgot your password?",
                                             "settings.apiKey": "API key", "settings.token.copy": "Copy token"}, indent=2) + "\n"
    if choice == 8:
        return "config/app.yaml", 'database:\n  user: app\n  password: ""\nredis:\n  password: null\nsmtp:\n  password: ~\n'
    return "src/validators.js", "export const passwordRegex = /^(?=.*[A-Z])(?=.*\\d).{12,}$/;\nexport const isSecret = false;\n"


def n_connection_no_secret(rng):
    value = rng.choice(["postgres://localhost:5432/app", "postgresql://app@db:5432/app_dev", "mongodb://mongo:27017/test",
                        "redis://redis:6379/0", "jdbc:postgresql://localhost:5432/app", "amqp://rabbitmq:5672/",
                        "Server=.;Database=App;Trusted_Connection=True;TrustServerCertificate=True;",
                        "postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/app", "sqlite:///db.sqlite3",
                        "mysql://root@127.0.0.1:3306/test", "mongodb+srv://${MONGO_USER}:${MONGO_PASSWORD}@cluster0.mongodb.net/app"])
    return place(rng, "Generic", rng.choice(["DATABASE_URL", "MONGODB_URI", "REDIS_URL", "CONNECTION_STRING"]), value)


def n_local_default(rng):
    choice = _variant(rng, 6)
    if choice == 0:
        return "docker-compose.yml", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: postgres\n      POSTGRES_PASSWORD: postgres\n    ports: ['5432:5432']\n"
    if choice == 1:
        return ".env.example", "DATABASE_URL=postgres://postgres:postgres@localhost:5432/app_dev\nREDIS_URL=redis://localhost:6379\n"
    if choice == 2:
        return "config/dev.yaml", "rabbitmq:\n  url: amqp://guest:guest@localhost:5672/\n"
    if choice == 3:
        return "docker-compose.dev.yml", "services:\n  mysql:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: root\n"
    if choice == 4:
        return "docker-compose.yml", "services:\n  minio:\n    image: minio/minio\n    environment:\n      MINIO_ROOT_USER: minioadmin\n      MINIO_ROOT_PASSWORD: minioadmin\n"
    return "dev/elastic.yml", "elasticsearch:\n  hosts: ['http://localhost:9200']\n  username: elastic\n  password: changeme\n"


# name -> (generator, files)
CATEGORIES = {
    "placeholder-sequential": (n_sequential, 35),
    "placeholder-repeated": (n_repeated, 35),
    "placeholder-words": (n_words, 55),
    "template-syntax": (n_template, 55),
    "env-reference": (n_env_reference, 50),
    "encrypted-value": (n_encrypted, 20),
    "public-key": (n_public_key, 45),
    "publishable-key": (n_publishable, 40),
    "numeric-id": (n_numeric_id, 35),
    "uuid": (n_uuid, 35),
    "git-sha": (n_git_sha, 35),
    "content-hash": (n_content_hash, 35),
    "lockfile-integrity": (n_lockfile, 45),
    "minified-js": (n_minified_js, 30),
    "source-map": (n_sourcemap, 10),
    "base64-image": (n_base64_image, 30),
    "test-vector": (n_test_vector, 25),
    "format-documentation": (n_format_doc, 30),
    "high-entropy-non-secret": (n_high_entropy, 40),
    "invalid-checksum": (n_invalid_checksum, 12),
    "masked-or-truncated": (n_masked, 35),
    "unsigned-jwt": (n_unsigned_jwt, 8),
    "password-field-non-secret": (n_password_field, 35),
    "connection-string-without-secret": (n_connection_no_secret, 25),
    "local-default-credentials": (n_local_default, 15),
}
