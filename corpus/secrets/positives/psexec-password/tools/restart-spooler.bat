@echo off
PsExec.exe \\printsrv01 -u CORP\svc_print -p LxeukNESL9KZqq -h net stop spooler
PsExec.exe \\printsrv01 -u CORP\svc_print -p LxeukNESL9KZqq -h net start spooler
