#!/bin/sh
export API_TOKEN="$(vault kv get -field=token secret/ci/api)"
DB_PASSWORD=$(cat /run/secrets/db_password)
curl -u "$USER:$PASSWORD" https://artifacts.corp.invalid/upload
git clone "https://oauth2:${CI_JOB_TOKEN}@git.corp.invalid/group/project.git"
