#!/bin/sh
DATE=$(date +%F)
mysqldump -h mysql-primary.corp.internal -u backup -pXtuwbptVozAr6u --single-transaction --routines shop | gzip > /backup/shop-$DATE.sql.gz
