#!/bin/sh
# trigger the nightly job
curl -fsS -X POST -u svc_billing:XrNhjKO*5YOGRVmuIxRJy!62^d \
  https://jenkins.umbrella-labs.io/job/nightly/build
