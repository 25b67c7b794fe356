#!/usr/bin/env bash
# Regenerate the reference trace NAME.trace of every scenario NAME.py in this folder with the
# oracle (real CPython 3.11 asyncio on a virtual clock), and check that each is deterministic.
#
#   ./regenerate.sh [ORACLE]
#
# ORACLE defaults to ../../../../../shared/oracle/asyncio_oracle.py relative to this folder
# (the `shared` folder next to the project). PYTHON selects the interpreter (default python3,
# which must be CPython 3.11).
# For every *.py here:
#   1. NAME.trace = oracle output with PYTHONHASHSEED=0;
#   2. the oracle is run again with PYTHONHASHSEED=12345: any difference is reported as
#      nondeterminism (and the script exits 1);
#   3. anything the oracle writes on stderr (e.g. a memory-address warning) is reported.
# Traces whose scenario is gone are removed. Traces are never edited by hand.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
oracle="${1:-$here/../../../../../shared/oracle/asyncio_oracle.py}"
py="${PYTHON:-python3}"
[ -f "$oracle" ] || { echo "oracle not found: $oracle" >&2; exit 2; }
version="$("$py" -c 'import sys; print(sys.version.split()[0])')"
case "$version" in 3.11.*) ;; *) echo "warning: $py is Python $version, not 3.11" >&2 ;; esac
echo "oracle: $oracle"
echo "python: $py ($version)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail=0 total=0

for t in "$here"/*.trace; do
  [ -e "$t" ] || continue
  [ -e "${t%.trace}.py" ] || { echo "removed stale $(basename "$t")"; rm -f "$t"; }
done

for s in "$here"/*.py; do
  [ -e "$s" ] || continue
  total=$((total + 1))
  name="$(basename "$s" .py)"
  if ! (cd "$here" && PYTHONHASHSEED=0 "$py" "$oracle" "$name.py") > "$tmp/a" 2> "$tmp/err"; then
    echo "FAIL $name: oracle failed: $(cat "$tmp/err")"; fail=1; continue
  fi
  [ -s "$tmp/err" ] && echo "note $name: $(head -c 500 "$tmp/err")"
  cp "$tmp/a" "$here/$name.trace"
  (cd "$here" && PYTHONHASHSEED=12345 "$py" "$oracle" "$name.py") > "$tmp/b" 2>/dev/null
  if ! cmp -s "$tmp/a" "$tmp/b"; then
    echo "FAIL $name: NONDETERMINISTIC (PYTHONHASHSEED=0 vs 12345):"
    diff "$tmp/a" "$tmp/b" | head -10
    fail=1
  fi
  printf '%-44s %5d lines\n' "$name.trace" "$(wc -l < "$here/$name.trace")"
done

if [ $fail -eq 0 ]; then
  echo "OK: $total traces regenerated, all deterministic"
else
  echo "SOME CHECKS FAILED ($total scenarios)"
fi
exit $fail
