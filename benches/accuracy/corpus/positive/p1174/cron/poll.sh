#!/bin/sh
curl -fsS "https://logs-01.loggly.com/inputs/8b522f2a-db9b-47a6-8486-b93ed0bfb576/tag/http/" -o out.json
