#!/bin/sh
# trigger the nightly job
curl -fsS -X POST -u backend:PiHJRaz7sX^D5ONydQG \
  https://jenkins.cyberdyne.io/job/nightly/build
