#!/bin/sh
curl -fsS "https://api.aviationstack.com/v1/flights?access_key=3f3f2a78d06fd94a6abf404cba459fe9&flight_status=active" -o out.json
