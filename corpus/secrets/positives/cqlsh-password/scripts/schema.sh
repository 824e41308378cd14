#!/bin/sh
cqlsh cass-1.corp.internal 9042 -u schema_admin -p ixci8OTy5CULD4 -f schema/telemetry.cql
