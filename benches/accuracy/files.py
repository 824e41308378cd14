"""Whole-file shapes: credential files with a fixed layout (.npmrc, .pgpass, kubeconfig,
wg0.conf ...) and the key material that goes into them.

A shape takes the random source and a `Secret` (whose value may be empty: the shape then
makes its own) and returns `(path, content, needle)` like a context of contexts.py.
"""

from __future__ import annotations

import base64
import json

import tokens as T


def _co(s, rng):
    return s.ctx.setdefault("company", rng.choice(T.COMPANIES))


def _user(s, rng):
    return s.ctx.setdefault("user", rng.choice(T.USERS))


def _pass(s, rng):
    if s.value:
        return s.value
    s.value = T.password(rng)
    return s.value


def _pair(s, i=0, default=""):
    return s.pairs[i][1] if len(s.pairs) > i else default


# ---------------------------------------------------------------- key material

def key_rsa_pkcs1(rng):
    return T.pem("RSA PRIVATE KEY", T.rsa_pkcs1_der(T.rsa_key(rng)))


def key_ec_sec1(rng):
    return T.pem("EC PRIVATE KEY", T.ec_sec1_der(T.p256_key(rng)))


def key_pkcs8(rng):
    if rng.random() < 0.5:
        return T.pem("PRIVATE KEY", T.rsa_pkcs8_der(T.rsa_key(rng)))
    return T.pem("PRIVATE KEY", T.ec_pkcs8_der(T.p256_key(rng)))


def key_pkcs8_encrypted(rng):
    params = T.der_seq(
        T.der_oid("1.2.840.113549.1.5.13"),
        T.der_seq(T.der_seq(T.der_oid("1.2.840.113549.1.5.12"),
                            T.der_seq(T.der(0x04, rng.randbytes(16)), T.der_int(2048),
                                      T.der_seq(T.der_oid("1.2.840.113549.2.9"), b"\x05\x00"))),
                  T.der_seq(T.der_oid("2.16.840.1.101.3.4.1.42"), T.der(0x04, rng.randbytes(16)))))
    return T.pem("ENCRYPTED PRIVATE KEY", T.der_seq(params, T.der(0x04, rng.randbytes(1232))))


def key_openssh(rng):
    return T.openssh_ed25519(rng, f"{rng.choice(T.USERS)}@{rng.choice(['ci', 'laptop', 'bastion', 'build-01'])}")[0]


def key_pgp(rng):
    name = rng.choice(["Release Signing", "Deploy Bot", "Package Builder"])
    return T.pgp_private(rng, f"{name} <release@{rng.choice(T.COMPANIES)}.io>")


def f_ftpconfig(rng, s):
    pw = _pass(s, rng)
    obj = {"protocol": "sftp", "host": f"files.{_co(s, rng)}.io", "port": 22, "user": _user(s, rng), "pass": pw,
           "remote": "/srv/www", "promptForPass": False}
    return ".ftpconfig", json.dumps(obj, indent=2) + "\n", pw


def f_sublime_sftp(rng, s):
    pw = _pass(s, rng)
    content = ('{\n    "type": "sftp",\n    "upload_on_save": true,\n'
               f'    "host": "web.{_co(s, rng)}.io",\n    "user": "{_user(s, rng)}",\n    "password": "{pw}",\n'
               '    "remote_path": "/var/www/site/"\n}\n')
    return "sftp-config.json", content, pw


def f_muttrc(rng, s):
    pw = _pass(s, rng)
    co = _co(s, rng)
    content = (f'set imap_user = "{_user(s, rng)}@{co}.io"\nset imap_pass = "{pw}"\n'
               f'set folder = "imaps://mail.{co}.io:993"\nset spoolfile = "+INBOX"\n')
    return ".muttrc", content, pw


def f_msmtprc(rng, s):
    pw = _pass(s, rng)
    co = _co(s, rng)
    content = (f"defaults\nauth on\ntls on\n\naccount work\nhost smtp.{co}.io\nport 587\n"
               f"from alerts@{co}.io\nuser alerts@{co}.io\npassword {pw}\n\naccount default : work\n")
    return ".msmtprc", content, pw


def f_fetchmailrc(rng, s):
    pw = _pass(s, rng)
    content = f"poll mail.{_co(s, rng)}.io protocol IMAP\n  user '{_user(s, rng)}' password '{pw}' ssl\n"
    return ".fetchmailrc", content, pw


def f_esmtprc(rng, s):
    pw = _pass(s, rng)
    content = f"hostname = smtp.{_co(s, rng)}.io:587\nusername = \"{_user(s, rng)}\"\npassword = \"{pw}\"\nstarttls = required\n"
    return ".esmtprc", content, pw


def key_dsa(rng):
    p, q = rng.getrandbits(2048) | (1 << 2047) | 1, rng.getrandbits(256) | (1 << 255) | 1
    g, x = rng.getrandbits(2047), rng.getrandbits(255)
    y = rng.getrandbits(2047)
    return T.pem("DSA PRIVATE KEY", T.der_seq(T.der_int(0), T.der_int(p), T.der_int(q), T.der_int(g), T.der_int(y),
                                              T.der_int(x)))


def key_ssh2(rng):
    body = base64.b64encode(b"\x3f\x6f\xf9\xeb" + rng.randbytes(1180)).decode()
    lines = [body[i : i + 70] for i in range(0, len(body), 70)]
    return ("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: \"2048-bit rsa, deploy@build-01\"\n"
            + "\n".join(lines) + "\n---- END SSH2 ENCRYPTED PRIVATE KEY ----")


KEYGEN = {
    "rsa_pkcs1": (key_rsa_pkcs1, ["id_rsa", "certs/server.key", "keys/deploy.pem", "ssl/private/api.key"]),
    "github_app_key": (key_rsa_pkcs1, ["github-app.private-key.pem", "config/github-app.pem"]),
    "ec_sec1": (key_ec_sec1, ["certs/ec-server.key", "keys/signing-ec.pem", "tls/tls.key"]),
    "pkcs8": (key_pkcs8, ["keys/jwt-private.pem", "secrets/service.key", "config/jwt/private.pem"]),
    "pkcs8_encrypted": (key_pkcs8_encrypted, ["keys/backup-key.pem", "certs/client.key"]),
    "openssh": (key_openssh, [".ssh/id_ed25519", "deploy/id_ed25519", "ansible/files/deploy_key"]),
    "pgp": (key_pgp, ["release/private.asc", "keys/signing-secret.asc"]),
    "dsa": (key_dsa, ["keys/legacy_dsa.pem", ".ssh/id_dsa"]),
    "ssh2": (key_ssh2, ["keys/deploy.ssh2", "ssh/id_rsa_2048_ssh2"]),
}


def keyfile(name):
    gen, paths = KEYGEN[name]

    def shape(rng, s):
        if not s.value:
            s.value = gen(rng)
        return rng.choice(paths), s.value + "\n", s.value
    return shape


# ---------------------------------------------------------------- credential files

NETRC_HOSTS = {"Weights & Biases": "api.wandb.ai", "Heroku": "api.heroku.com"}


def f_netrc(rng, s):
    host = NETRC_HOSTS.get(s.provider, "api.example.org")
    login = "user" if s.provider == "Weights & Biases" else f"{_user(s, rng)}@{_co(s, rng)}.io"
    return ".netrc", f"machine {host}\n  login {login}\n  password {s.value}\n", s.value


def f_netrc_generic(rng, s):
    pw = _pass(s, rng)
    return ".netrc", f"machine ftp.{_co(s, rng)}.io\nlogin {_user(s, rng)}\npassword {pw}\n", pw


def f_aws_credentials(rng, s):
    key_id = _pair(s, 0, "AKIA" + "".join(rng.choice(T.CLASSES["s"]) for _ in range(16)))
    content = (f"[default]\nregion = eu-west-1\n\n[{rng.choice(['deploy', 'prod', 'ci'])}]\n"
               f"aws_access_key_id = {key_id}\naws_secret_access_key = {s.value}\n")
    return ".aws/credentials", content, s.value


def f_gcp_sa(rng, s):
    project = f"{_co(s, rng)}-{rng.choice(['prod', 'data', 'platform'])}-{rng.randint(100000, 999999)}"
    key = T.pem("PRIVATE KEY", T.rsa_pkcs8_der(T.rsa_key(rng))) + "\n"
    s.value = key
    email = f"{rng.choice(['deployer', 'ci-runner', 'bq-loader'])}@{project}.iam.gserviceaccount.com"
    obj = {"type": "service_account", "project_id": project, "private_key_id": rng.randbytes(20).hex(),
           "private_key": "@@KEY@@", "client_email": email, "client_id": str(rng.randint(10**20, 10**21 - 1)),
           "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
           "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
           "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/{email.replace('@', '%40')}",
           "universe_domain": "googleapis.com"}
    esc = json.dumps(key)[1:-1]
    content = json.dumps(obj, indent=2).replace("@@KEY@@", esc) + "\n"
    return rng.choice(["service-account.json", "credentials/gcp-key.json", f"{project}-key.json"]), content, esc


def f_edgerc(rng, s):
    host = "akab-" + "".join(rng.choice(T.CLASSES["a"]) for _ in range(16)) + "-" + "".join(
        rng.choice(T.CLASSES["a"]) for _ in range(16))
    secret = "".join(rng.choice(T.CLASSES["b"]) for _ in range(43)) + "="
    s.value = secret
    tok = lambda: "akab-" + "".join(rng.choice(T.CLASSES["a"]) for _ in range(16)) + "-" + "".join(
        rng.choice(T.CLASSES["a"]) for _ in range(16))
    content = (f"[default]\nclient_secret = {secret}\nhost = {host}.luna.akamaiapis.net\n"
               f"access_token = {tok()}\nclient_token = {tok()}\n")
    return ".edgerc", content, secret


def f_terraformrc(rng, s):
    return ".terraformrc", f'credentials "app.terraform.io" {{\n  token = "{s.value}"\n}}\n', s.value


def f_kubeconfig(rng, s):
    s.value = T.gen_jwt_rs256(rng)
    ca = base64.b64encode(rng.randbytes(600)).decode()
    content = (f"apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: {ca}\n"
               f"    server: https://k8s.{_co(s, rng)}.io:6443\n  name: prod\ncontexts:\n- context:\n"
               f"    cluster: prod\n    user: deployer\n  name: prod\ncurrent-context: prod\nusers:\n- name: deployer\n"
               f"  user:\n    token: {s.value}\n")
    return rng.choice(["kubeconfig", ".kube/config", "deploy/kubeconfig.yaml"]), content, s.value


def f_kubeconfig_client_key(rng, s):
    key = key_rsa_pkcs1(rng) + "\n"
    enc = base64.b64encode(key.encode()).decode()
    s.value = key
    ca = base64.b64encode(rng.randbytes(600)).decode()
    crt = base64.b64encode(rng.randbytes(700)).decode()
    content = (f"apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: {ca}\n"
               f"    server: https://10.0.0.1:6443\n  name: kind\nusers:\n- name: admin\n  user:\n"
               f"    client-certificate-data: {crt}\n    client-key-data: {enc}\n")
    return ".kube/config", content, enc


def f_npmrc(rng, s):
    co = _co(s, rng)
    content = f"@{co}:registry=https://npm.{co}.io/\n//npm.{co}.io/:_authToken={s.value}\nalways-auth=true\n"
    return ".npmrc", content, s.value


def f_yarnrc(rng, s):
    co = _co(s, rng)
    content = (f'nodeLinker: node-modules\nnpmScopes:\n  {co}:\n    npmRegistryServer: "https://npm.{co}.io"\n'
               f'    npmAuthToken: "{s.value}"\n')
    return ".yarnrc.yml", content, s.value


def f_pypirc(rng, s):
    content = (f"[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = {s.value}\n")
    return ".pypirc", content, s.value


def f_gem_credentials(rng, s):
    return ".gem/credentials", f"---\n:rubygems_api_key: {s.value}\n", s.value


def f_cargo_credentials(rng, s):
    return ".cargo/credentials.toml", f'[registry]\ntoken = "{s.value}"\n', s.value


def f_nuget_config(rng, s):
    co = _co(s, rng)
    content = ('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n'
               f'    <add key="internal" value="https://nuget.{co}.io/v3/index.json" />\n  </packageSources>\n'
               f'  <apikeys>\n    <add key="https://nuget.{co}.io/v3/index.json" value="{s.value}" />\n'
               '  </apikeys>\n</configuration>\n')
    return "NuGet.Config", content, s.value


def f_docker_login(rng, s):
    user = _user(s, rng)
    content = (f"#!/usr/bin/env bash\nset -euo pipefail\ndocker login -u {user.replace('_', '')} -p {s.value}\n"
               f"docker push {user.replace('_', '')}/api:latest\n")
    return rng.choice(["scripts/publish-image.sh", "ci/push.sh"]), content, s.value


def f_docker_config(rng, s):
    user = _user(s, rng).replace("_", "")
    enc = base64.b64encode(f"{user}:{s.value}".encode()).decode()
    content = json.dumps({"auths": {f"registry.{_co(s, rng)}.io": {"auth": enc}}}, indent=2) + "\n"
    return ".docker/config.json", content, enc


def f_gradle_properties(rng, s):
    key = _pair(s, 0, "")
    return "gradle.properties", (f"org.gradle.jvmargs=-Xmx2g\ngradle.publish.key={key}\n"
                                 f"gradle.publish.secret={s.value}\n"), s.value


def f_zuliprc(rng, s):
    co = _co(s, rng)
    return "zuliprc", f"[api]\nemail=deploy-bot@{co}.zulipchat.com\nkey={s.value}\nsite=https://{co}.zulipchat.com\n", s.value


def f_coinbase_cdp(rng, s):
    key = key_ec_sec1(rng) + "\n"
    s.value = key
    esc = json.dumps(key)[1:-1]
    name = f"organizations/{T.uuid4(rng)}/apiKeys/{T.uuid4(rng)}"
    content = '{\n  "name": "' + name + '",\n  "privateKey": "' + esc + '"\n}\n'
    return rng.choice(["cdp_api_key.json", "config/coinbase-key.json"]), content, esc


def f_pgpass(rng, s):
    pw = _pass(s, rng)
    host = s.ctx.setdefault("host", T.hostname(rng))
    content = f"# hostname:port:database:username:password\n{host}:5432:{rng.choice(T.DATABASES)}:{_user(s, rng)}:{pw}\n"
    return ".pgpass", content, pw


def f_pgpassword_cli(rng, s):
    host = s.ctx.setdefault("host", T.hostname(rng))
    content = (f"#!/bin/sh\nPGPASSWORD='{s.value}' psql -h {host} -U {_user(s, rng)} -d {rng.choice(T.DATABASES)} "
               f"-c 'select count(*) from orders'\n")
    return rng.choice(["scripts/db-check.sh", "cron/nightly-count.sh"]), content, s.value


def f_mysql_cli(rng, s):
    host = s.ctx.setdefault("host", T.hostname(rng))
    content = f"#!/bin/sh\nmysqldump -h {host} -u {_user(s, rng)} -p'{s.value}' {rng.choice(T.DATABASES)} > backup.sql\n"
    return rng.choice(["scripts/backup.sh", "ops/dump-db.sh"]), content, s.value


def f_redis_conf(rng, s):
    pw = _pass(s, rng)
    return "redis.conf", f"bind 0.0.0.0\nport 6379\nprotected-mode yes\nrequirepass {pw}\nmaxmemory 2gb\n", pw


def f_ppk3(rng, s):
    s.value = T.putty_ppk_v3(rng, f"eddsa-key-2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}")
    return rng.choice(["keys/server.ppk", "putty/deploy.ppk"]), s.value + "\n", s.value


def f_ppk2(rng, s):
    s.value = T.putty_ppk_v2_rsa(rng, "rsa-key-20230115", T.rsa_key(rng))
    return "keys/legacy.ppk", s.value + "\n", s.value


def f_jwk(rng, s):
    k = T.p256_key(rng)
    b = lambda v: T.b64u(v.to_bytes(32, "big"))
    d = b(k["d"])
    s.value = d
    content = json.dumps({"keys": [{"kty": "EC", "crv": "P-256", "use": "sig", "kid": T.b64u(rng.randbytes(8)),
                                    "x": b(k["x"]), "y": b(k["y"]), "d": d, "alg": "ES256"}]}, indent=2) + "\n"
    return rng.choice(["jwks/private.json", "config/signing-jwk.json"]), content, d


def f_wireguard(rng, s):
    priv = base64.b64encode(rng.randbytes(32)).decode()
    s.value = priv
    peer = base64.b64encode(rng.randbytes(32)).decode()
    content = (f"[Interface]\nAddress = 10.8.0.{rng.randint(2, 250)}/24\nPrivateKey = {priv}\nListenPort = 51820\n\n"
               f"[Peer]\nPublicKey = {peer}\nEndpoint = vpn.{_co(s, rng)}.io:51820\nAllowedIPs = 10.8.0.0/24\n")
    return rng.choice(["wg0.conf", "wireguard/office.conf"]), content, priv


def f_apple_p8(rng, s):
    s.value = T.pem("PRIVATE KEY", T.ec_pkcs8_der(T.p256_key(rng)))
    kid = "".join(rng.choice(T.CLASSES["U"]) for _ in range(10))
    return f"AuthKey_{kid}.p8", s.value + "\n", s.value


def f_age_keyfile(rng, s):
    content = (f"# created: 2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T10:2{rng.randint(0, 9)}:00+01:00\n"
               f"# public key: {T.gen_age_public(rng)}\n{s.value}\n")
    return rng.choice(["keys.txt", ".config/sops/age/keys.txt"]), content, s.value


def f_hardhat(rng, s):
    content = ('require("@nomicfoundation/hardhat-toolbox");\n\nmodule.exports = {\n  solidity: "0.8.24",\n'
               '  networks: {\n    sepolia: {\n      url: "https://rpc.sepolia.org",\n'
               f'      accounts: ["{s.value}"],\n    }},\n  }},\n}};\n')
    return "hardhat.config.js", content, s.value


def f_git_clone(rng, s):
    tok = "".join(rng.choice(T.ALNUM) for _ in range(32))
    s.value = tok
    content = (f"#!/bin/sh\nset -e\ngit clone https://{_user(s, rng)}:{tok}@git.{_co(s, rng)}.io/platform/deploy-config.git\n"
               "cd deploy-config && make apply\n")
    return rng.choice(["ci/fetch-config.sh", "bootstrap.sh"]), content, tok


def f_git_credentials(rng, s):
    tok = "".join(rng.choice(T.ALNUM) for _ in range(rng.choice([32, 40])))
    s.value = tok
    return ".git-credentials", f"https://{_user(s, rng)}:{tok}@git.{_co(s, rng)}.io\n", tok


def f_curl_user(rng, s):
    pw = _pass(s, rng)
    content = (f"#!/bin/sh\n# trigger the nightly job\ncurl -fsS -X POST -u {_user(s, rng)}:{pw} \\\n"
               f"  https://jenkins.{_co(s, rng)}.io/job/nightly/build\n")
    return rng.choice(["scripts/trigger.sh", "jobs/kick.sh"]), content, pw


def f_basic_header(rng, s):
    from contexts import HDR_CONTEXTS
    s.hdr = ("Authorization", "Basic")
    name, fn = rng.choice(HDR_CONTEXTS)
    return fn(rng, s)


def f_bearer_header(rng, s):
    from contexts import HDR_CONTEXTS
    s.hdr = ("Authorization", "Bearer")
    name, fn = rng.choice(HDR_CONTEXTS)
    return fn(rng, s)


def f_docker_login_generic(rng, s):
    pw = _pass(s, rng)
    content = (f"#!/usr/bin/env bash\nset -euo pipefail\ndocker login registry.{_co(s, rng)}.io -u {_user(s, rng)} "
               f"-p '{pw}'\ndocker compose pull && docker compose up -d\n")
    return rng.choice(["deploy.sh", "scripts/redeploy.sh"]), content, pw


def f_docker_config_generic(rng, s):
    pw = _pass(s, rng)
    enc = base64.b64encode(f"{_user(s, rng)}:{pw}".encode()).decode()
    content = json.dumps({"auths": {f"registry.{_co(s, rng)}.io": {"auth": enc}}, "credsStore": ""}, indent=2) + "\n"
    return ".docker/config.json", content, enc


def f_k8s_secret_data(rng, s):
    pw = _pass(s, rng)
    enc = base64.b64encode(pw.encode()).decode()
    user = base64.b64encode(_user(s, rng).encode()).decode()
    content = (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\n  namespace: prod\ntype: Opaque\n"
               f"data:\n  username: {user}\n  password: {enc}\n")
    return rng.choice(["k8s/db-secret.yaml", "deploy/secret.yaml"]), content, enc


def f_k8s_secret_stringdata(rng, s):
    pw = _pass(s, rng)
    content = (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-db\ntype: Opaque\nstringData:\n"
               f"  DB_USER: {_user(s, rng)}\n  DB_PASSWORD: \"{pw}\"\n")
    return rng.choice(["k8s/app-db.yaml", "manifests/secret.yaml"]), content, pw


def f_helm_values(rng, s):
    pw = _pass(s, rng)
    content = (f"replicaCount: 2\nimage:\n  tag: 1.8.0\npostgresql:\n  enabled: true\n  auth:\n"
               f"    username: {_user(s, rng)}\n    password: \"{pw}\"\n    database: {rng.choice(T.DATABASES)}\n")
    return rng.choice(["values.yaml", "charts/api/values-prod.yaml"]), content, pw


def f_wp_config(rng, s):
    pw = _pass(s, rng)
    content = ("<?php\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp' );\n"
               f"define( 'DB_PASSWORD', '{pw}' );\ndefine( 'DB_HOST', 'localhost' );\n$table_prefix = 'wp_';\n")
    return "wp-config.php", content, pw


def f_ansible_inventory(rng, s):
    pw = _pass(s, rng)
    if rng.random() < 0.5:
        content = (f"[web]\nweb1 ansible_host=10.0.4.11 ansible_user={_user(s, rng)} ansible_password={pw}\n"
                   "web2 ansible_host=10.0.4.12\n")
        return "inventory/hosts.ini", content, pw
    content = f"ansible_user: {_user(s, rng)}\nansible_become: true\nansible_become_password: \"{pw}\"\n"
    return "group_vars/production.yml", content, pw


def f_maven_settings(rng, s):
    pw = _pass(s, rng)
    content = ('<settings>\n  <servers>\n    <server>\n      <id>internal-releases</id>\n'
               f'      <username>{_user(s, rng)}</username>\n      <password>{pw}</password>\n'
               '    </server>\n  </servers>\n</settings>\n')
    return rng.choice(["settings.xml", ".m2/settings.xml"]), content, pw


def f_pip_conf(rng, s):
    tok = "".join(rng.choice(T.ALNUM) for _ in range(32))
    s.value = tok
    co = _co(s, rng)
    return "pip.conf", f"[global]\nindex-url = https://{_user(s, rng)}:{tok}@pypi.{co}.io/simple/\ntimeout = 60\n", tok


def f_composer_auth(rng, s):
    pw = _pass(s, rng)
    obj = {"http-basic": {f"repo.{_co(s, rng)}.io": {"username": _user(s, rng), "password": pw}}}
    return "auth.json", json.dumps(obj, indent=4) + "\n", pw


def f_sshpass(rng, s):
    pw = _pass(s, rng)
    content = f"#!/bin/sh\nsshpass -p '{pw}' ssh -o StrictHostKeyChecking=no {_user(s, rng)}@10.0.3.4 'sudo systemctl restart api'\n"
    return "restart.sh", content, pw


def f_filezilla(rng, s):
    pw = _pass(s, rng)
    enc = base64.b64encode(pw.encode()).decode()
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<FileZilla3>\n  <Servers>\n    <Server>\n'
               f'      <Host>ftp.{_co(s, rng)}.io</Host>\n      <Port>21</Port>\n      <User>{_user(s, rng)}</User>\n'
               f'      <Pass encoding="base64">{enc}</Pass>\n    </Server>\n  </Servers>\n</FileZilla3>\n')
    return "sitemanager.xml", content, enc


def f_vscode_sftp(rng, s):
    pw = _pass(s, rng)
    obj = {"name": "staging", "host": f"staging.{_co(s, rng)}.io", "protocol": "sftp", "port": 22,
           "username": _user(s, rng), "password": pw, "remotePath": "/var/www/app", "uploadOnSave": True}
    return ".vscode/sftp.json", json.dumps(obj, indent=4) + "\n", pw


SHAPES = {
    "netrc": f_netrc, "netrc_generic": f_netrc_generic, "aws_credentials": f_aws_credentials, "gcp_sa": f_gcp_sa,
    "edgerc": f_edgerc, "terraformrc": f_terraformrc, "kubeconfig": f_kubeconfig,
    "kubeconfig_client_key": f_kubeconfig_client_key, "npmrc": f_npmrc, "yarnrc": f_yarnrc, "pypirc": f_pypirc,
    "gem_credentials": f_gem_credentials, "cargo_credentials": f_cargo_credentials, "nuget_config": f_nuget_config,
    "docker_login": f_docker_login, "docker_config": f_docker_config, "gradle_properties": f_gradle_properties,
    "zuliprc": f_zuliprc, "coinbase_cdp": f_coinbase_cdp, "pgpass": f_pgpass, "pgpassword_cli": f_pgpassword_cli,
    "mysql_cli": f_mysql_cli, "redis_conf": f_redis_conf, "ppk3": f_ppk3, "ppk2": f_ppk2, "jwk": f_jwk,
    "wireguard": f_wireguard, "apple_p8": f_apple_p8, "age_keyfile": f_age_keyfile, "hardhat": f_hardhat,
    "git_clone": f_git_clone, "git_credentials": f_git_credentials, "curl_user": f_curl_user,
    "basic_header": f_basic_header, "bearer_header": f_bearer_header, "docker_login_generic": f_docker_login_generic,
    "docker_config_generic": f_docker_config_generic, "k8s_secret_data": f_k8s_secret_data,
    "k8s_secret_stringdata": f_k8s_secret_stringdata, "helm_values": f_helm_values, "wp_config": f_wp_config,
    "ansible_inventory": f_ansible_inventory, "maven_settings": f_maven_settings, "pip_conf": f_pip_conf,
    "composer_auth": f_composer_auth, "sshpass": f_sshpass, "filezilla": f_filezilla, "vscode_sftp": f_vscode_sftp,
    "ftpconfig": f_ftpconfig, "sublime_sftp": f_sublime_sftp, "muttrc": f_muttrc, "msmtprc": f_msmtprc,
    "fetchmailrc": f_fetchmailrc, "esmtprc": f_esmtprc,
}
SHAPES.update({name: keyfile(name) for name in KEYGEN})
