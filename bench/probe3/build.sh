#!/bin/sh
# Rebuild probe3: pdf/eNN_*.pdf and eNN_*.gold.json from the Scribus scripts.
# Needs scribus, xvfb (xvfb-run), hyphen-en-gb. Errors land in $PROBE3_LOGS/errors.log.
set -e
cd "$(dirname "$0")"
export PROBE3_LOGS="${PROBE3_LOGS:-/tmp/probe3_logs}"
rm -rf "$PROBE3_LOGS"; mkdir -p pdf "$PROBE3_LOGS"
for s in ${*:-e[0-9][0-9]_*.py}; do
    s=${s%.py}.py
    echo "building ${s%.py}" >&2
    rm -f "pdf/${s%.py}.pdf"
    timeout 300 xvfb-run -a scribus -g -ns -py "$s" >/dev/null 2>&1 || true
    test -s "pdf/${s%.py}.pdf" || { echo "error: ${s%.py}.pdf not written" >&2; cat "$PROBE3_LOGS/errors.log" >&2 2>/dev/null; exit 1; }
done
if [ -s "$PROBE3_LOGS/errors.log" ]; then cat "$PROBE3_LOGS/errors.log" >&2; exit 1; fi
cat "$PROBE3_LOGS"/e*.log >&2
