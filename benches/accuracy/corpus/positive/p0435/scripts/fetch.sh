#!/bin/sh
curl -fsS "https://oauth2:glpat-d0xrICO1EB29n6KLAmDf@gitlab.com/{company}/infra.git" -o out.json
