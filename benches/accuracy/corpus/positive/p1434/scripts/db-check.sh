#!/bin/sh
PGPASSWORD='lU2RaF+UK.!wnPBzVmb5oZSrT^' psql -h cluster0.cyberdyne.dev -U orders_rw -d events -c 'select count(*) from orders'
