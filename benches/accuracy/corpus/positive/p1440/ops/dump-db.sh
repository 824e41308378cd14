#!/bin/sh
mysqldump -h backend.acme-corp.cloud -u reporting -p'vKob*UCCqZJ95=*_v' billing > backup.sql
