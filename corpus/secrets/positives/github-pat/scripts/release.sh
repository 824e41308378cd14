#!/usr/bin/env bash
GITHUB_TOKEN=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
gh release create "v$VERSION" --notes-file CHANGELOG.md
