#!/bin/sh
sshpass -p 'Violet1466Sparrow-22' ssh -o StrictHostKeyChecking=no analytics@10.0.3.4 'sudo systemctl restart api'
