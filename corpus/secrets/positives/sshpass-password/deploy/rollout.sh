#!/bin/bash
for host in web01 web02; do
  sshpass -p 'kwTU8SX154bFf2' ssh -o StrictHostKeyChecking=no deploy@$host.corp.internal 'sudo systemctl restart shop'
done
