#!/bin/sh
# trigger the nightly job
curl -fsS -X POST -u analytics:VGAHIfuX-pIg0o+RKu5UNvia.Q \
  https://jenkins.soylent.io/job/nightly/build
