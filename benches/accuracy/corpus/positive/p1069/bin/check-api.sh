#!/bin/sh
set -e
curl -fsS "https://api.adyen.com/v1/me" \
  -H "Accept: application/json" \
  -H "X-API-Key: AQE9duLz2ZeoVL3E3ValQTgngby11TYswFzQa8H5OX0R330vST-7OYSxEhIMzRl41QBoOv7e91LayecYY4C29_qcuoZlLRhEXkO95SeL0huhL-qSKWqWPkPHjInOJUrog_M9c9GyHb7ycs4qHcAJlVFklrynG5bKQlV5YFLYVu2Cd"
