#!/bin/sh
mysqldump -h cluster0.cyberdyne.net -u jmartin -p'qM!NkklAYj.ZO4eR.*^QqJq7e' billing > backup.sql
