#!/usr/bin/env bash
# `npm test`: everything a change must pass, cheapest first, so a failure shows early.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step 'Chromium for the end-to-end journeys'
CHROME_PATH="$(bash scripts/find-chromium.sh)"
export CHROME_PATH
echo "using $CHROME_PATH"

step 'Corpus check'
npm run --silent corpus

step 'Lint'
npm run --silent lint

step 'Unused files, exports and dependencies (knip)'
npx knip --no-config-hints
# Without the tests as entry points: code that only tests still call is dead in the app.
npx knip --production --exclude types --no-config-hints

step 'Format'
npm run --silent format:check

step 'Typecheck'
npm run --silent typecheck

mkdir -p reports
step 'Unit and component tests'
npm run --silent test:unit -- --reporter=default --reporter=json --outputFile.json=reports/vitest.json

step 'Every test file was collected'
npx tsx scripts/check-test-files.ts reports/vitest.json

step 'Production build'
npx vite build --logLevel warn

step 'Benchmark instrument (tiny corpus; no timing is asserted)'
npm run --silent bench -- --quick

step 'End-to-end journeys in Chromium'
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npm run --silent test:e2e -- --reporter=list,json

step 'Summary'
npx tsx scripts/test-summary.ts reports/vitest.json reports/playwright.json
