#!/bin/sh
set -e
curl -fsS "https://api.hashicorpvault.com/v1/me" \
  -H "Accept: application/json" \
  -H "X-Vault-Token: hvs.QspgAJFvvZw9A6z9fnkC4dzDkNkj9fxFm09_VSMcdE0mBEdLs2Tm6BuEoShtwpoozWUsdmCEZBCMShNRg_GoA4e-nU"
