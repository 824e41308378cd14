#!/usr/bin/env bash
# Deploy script: every credential comes from the CI environment.
set -euo pipefail

echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
docker login -u "$DOCKERHUB_USER" -p "$DOCKERHUB_TOKEN"
curl -fsS -u "$NEXUS_USER:$NEXUS_PASSWORD" --upload-file app.tgz "$NEXUS_URL/app.tgz"
curl -fsS -u "${API_USER}:${API_TOKEN}" https://api.corp.internal/v1/deploy
curl -fsS -H "Authorization: Bearer $DEPLOY_TOKEN" https://api.corp.internal/v1/release
curl -fsS -H "Authorization: Basic $(printf '%s:%s' "$U" "$P" | base64)" https://api.corp.internal/v1/ping
mysql -h "$DB_HOST" -u app -p"$MYSQL_PASSWORD" app < migrations.sql
mysql -u root -p shop
PGPASSWORD="$PG_PASSWORD" psql -h "$PG_HOST" -U app -c 'select 1'
sshpass -f "$HOME/.ssh/deploy.pass" ssh deploy@web01.corp.internal uptime
sshpass -e ssh deploy@web02.corp.internal uptime
redis-cli -h cache.corp.internal -a "$REDIS_PASSWORD" ping
openssl pkcs12 -export -in tls.crt -inkey tls.key -out tls.p12 -passout env:P12_PASSWORD
keytool -list -keystore "$JAVA_HOME/lib/security/cacerts" -storepass changeit
kubeadm join 10.0.0.10:6443 --token "$JOIN_TOKEN" --discovery-token-ca-cert-hash "$CA_HASH"
docker run -p 8080:8080 -e DATABASE_URL="$DATABASE_URL" registry.corp.internal/shop/api
