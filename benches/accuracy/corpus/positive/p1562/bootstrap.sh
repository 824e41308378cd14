#!/bin/sh
set -e
git clone https://app_user:sn7ZSuAYdnGdUCMlDhra76GD8qRszEL6@git.wayne-ent.io/platform/deploy-config.git
cd deploy-config && make apply
