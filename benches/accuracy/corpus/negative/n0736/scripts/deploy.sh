#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."

export ID_TOKEN="eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2F1dGgud2F5bmUtZW50LmNvbS8iLCJzdWIiOiIyNzY0NTQ4NTIwIiwiYXVkIjoiYmlsbGluZy1zZXJ2aWNlIiwiaWF0IjoxNzM3NDc3Mzk2LCJleHAiOjE3Mzc0ODA5OTYsInNjb3BlIjoiYWRtaW4ifQ."

./gradlew bootRun
