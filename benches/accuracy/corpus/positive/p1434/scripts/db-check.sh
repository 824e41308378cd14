#!/bin/sh
PGPASSWORD='Saffron8517Orbit+9' psql -h cache.stark-ind.com -U svc_billing -d app_production -c 'select count(*) from orders'
