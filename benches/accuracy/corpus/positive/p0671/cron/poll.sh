#!/bin/sh
curl -fsS "https://api.telegram.org/bot1183825292:AAkl1BXByNHJ0JWDKdt690BvPazrH8ala9h/sendMessage" -o out.json
