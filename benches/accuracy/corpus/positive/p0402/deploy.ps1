$ErrorActionPreference = 'Stop'
$env:GRAFANA_CLOUD_TOKEN = "glc_eyJvIjoiNDU4MTMzIiwibiI6ImNpLW1ldHJpY3MiLCJrIjoiZFNMMXlrSEgwSUVHWGduVTIxQm43V1FlIiwibSI6eyJyIjoicHJvZC11cy1lYXN0LTAifX0="
./build.ps1 -Configuration Release
