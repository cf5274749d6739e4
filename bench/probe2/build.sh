#!/bin/sh
# Rebuild the Scribus probe PDFs (pdf/*.pdf) and their gold sentences (*.gold.json).
# Needs Debian's scribus, xvfb (xvfb-run) and hyphen-en-gb (English hyphenation):
#   apt-get install scribus xvfb hyphen-en-gb
# Scribus prints no traceback from a script; errors go to $PROBE2_LOGS/errors.log.
set -e
cd "$(dirname "$0")"
export PROBE2_LOGS="${PROBE2_LOGS:-/tmp/probe2_logs}"
rm -rf "$PROBE2_LOGS"; mkdir -p pdf "$PROBE2_LOGS"
for s in d[0-9][0-9]_*.py; do
    echo "building ${s%.py}" >&2
    timeout 300 xvfb-run -a scribus -g -ns -py "$s" >/dev/null 2>&1 || true
    test -s "pdf/${s%.py}.pdf" || { echo "error: ${s%.py}.pdf not written" >&2; exit 1; }
done
if [ -s "$PROBE2_LOGS/errors.log" ]; then cat "$PROBE2_LOGS/errors.log" >&2; exit 1; fi
cat "$PROBE2_LOGS"/d*.log >&2
