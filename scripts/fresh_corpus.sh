#!/usr/bin/env bash
# A second corpus for the precision measure: ten concurrency-heavy PyPI
# projects that no rule was ever tuned on (the first fourteen are what
# ../shared/scripts/corpus.sh fetches). Same layout as that corpus, so
#   python scripts/precision.py collect --corpus ~/.cache/otp-fresh --out r.jsonl
# works on it unchanged.
#   usage: scripts/fresh_corpus.sh [DEST]      (default: ~/.cache/otp-fresh)
set -euo pipefail
DEST=${1:-$HOME/.cache/otp-fresh}
PY=${PYTHON:-python3}
PKGS="aiohttp==3.14.5 anyio==4.16.0 apscheduler==3.11.3 dramatiq==2.2.1 gunicorn==27.0.1
      paramiko==5.1.0 rq==3.0.0 supervisor==4.3.0 twisted==26.10.0 uvicorn==0.54.0"
mkdir -p "$DEST/sdists"
for spec in $PKGS; do
  name=${spec%%==*}
  [ -d "$DEST/$name" ] && continue
  "$PY" -m pip download -q --no-deps --no-binary :all: -d "$DEST/sdists" "$spec" \
    || { echo "skipped $spec: no sdist"; continue; }
  tmp=$(mktemp -d)
  tar xzf "$(ls "$DEST"/sdists/"$name"-*.tar.gz | head -1)" -C "$tmp"
  mkdir -p "$DEST/$name"
  (cd "$tmp"/*/ && find . -name '*.py' -print0 | tar --null -T - -cf - | tar -xf - -C "$DEST/$name")
  rm -rf "$tmp"
done
for d in "$DEST"/*/; do
  case "$d" in */sdists/) continue ;; esac
  printf '%-12s %6s files\n' "$(basename "$d")" "$(find "$d" -name '*.py' | wc -l)"
done
