#!/bin/sh
# trigger the nightly job
curl -fsS -X POST -u backend:SL3x1zyhy_PRBIzPJM^TakB \
  https://jenkins.globex.io/job/nightly/build
