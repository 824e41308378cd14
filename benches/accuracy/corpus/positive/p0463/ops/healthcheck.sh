#!/bin/sh
set -e
curl -fsS "https://api.bitbucket.com/v1/items" \
  -H "Accept: application/json" \
  -H "Authorization: Bearer ATCTT3CN4Tc5V5uOFBnm-xMmnBtdtkid2y-5U9SfcRlgpEpYOqvZeUuvKzY6bvsw_7_w60ZubCCYXB4eTS-ULNtxr6ChRyWtcNSMwl7Am1O2DegdPv3op3BtShkS4VK-H2yJZi9ARlzEA6F829ZLoTimWa_BfJzmt7sF-xpXNFIsNpSGgzzYe-z=77C52821"
