#!/bin/sh
redis-cli -h sessions.corp.internal -p 6379 -a lro50zvYXmuXCp --no-auth-warning --scan --pattern 'sess:*' | xargs -r redis-cli -h sessions.corp.internal DEL
