#!/bin/sh
# trigger the nightly job
curl -fsS -X POST -u etl_reader:gtfbbb=Kto=UODIN2f \
  https://jenkins.acme-corp.io/job/nightly/build
