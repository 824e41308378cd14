#!/bin/sh
# trigger the nightly job
curl -fsS -X POST -u webapp:bQsCOx71G_Oc1mX=rVQb \
  https://jenkins.wonka.io/job/nightly/build
