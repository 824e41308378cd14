#!/bin/sh
openssl pkcs12 -export -in client.crt -inkey client.key -certfile ca.crt -out client.p12 -passout pass:Sh4hx5N8eewZvk
