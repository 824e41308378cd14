#!/bin/sh
sshpass -p 'Summit6662Saffron_36' ssh -o StrictHostKeyChecking=no backend@10.0.3.4 'sudo systemctl restart api'
