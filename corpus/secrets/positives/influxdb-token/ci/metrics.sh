#!/bin/sh
export INFLUXDB_TOKEN="XLCKrfW/RIQJMP3K0YbM6T9tq4BUeTqE6o+o7kAjvhgKT8I9dA/k9Yj+3n4i8jrTw73qI/4by1EekYpjVZyoRQ=="
influx write --bucket ci --org platform --file metrics.lp
