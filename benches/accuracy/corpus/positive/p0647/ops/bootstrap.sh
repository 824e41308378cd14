#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export SLACK_CONFIG_REFRESH_TOKEN="xoxe-1-KD0T7lZMdDkfXt3ImjZGcNXy2vNUE5vC2wBOeusky7kxsXZvjvh4OTN46mcip11N7WgX7xzjf9dbaCB2FK6kaGEePEh4iNOVVy0cpxOx6JwoxaXagBpbFBhFxQrG3xFAgNF9ayMmg9VqQkUnBE"

npm run start
