#!/bin/sh
sqlplus -s reporting/douemPgGTadm0K@//ora-prod.corp.internal:1521/REPORTS <<SQL
exec dbms_mview.refresh('SALES_MV');
exit
SQL
