#!/usr/bin/env bash
# The upgrade canary: the whole suite against the newest releases that pyproject.toml's
# ranges allow, in a venv of its own (.venv-latest), never the lock. A red canary means an
# upstream release breaks the kiosk: fix the kiosk (or narrow a range), then `make lock`.
set -euo pipefail
cd "$(dirname "$0")/.."
export VENV=${VENV:-.venv-latest} KIOSK_DEPENDENCIES=latest
rm -rf "$VENV"  # start empty: a venv left from last week would hide this week's releases
status=0
bash scripts/test.sh "$@" || status=$?
# What the canary ran that the lock does not pin: the releases it has just tried.
"$VENV/bin/python" - requirements.lock <<'PY'
import re, sys
from importlib.metadata import distributions
from packaging.version import Version
def norm(name): return re.sub(r"[-_.]+", "-", name).lower()
locked = dict(re.findall(r"^([A-Za-z0-9_.-]+)==([^ ;\\]+)", open(sys.argv[1]).read(), re.M))
locked = {norm(k): v for k, v in locked.items()}
newer = sorted(f"{d.metadata['Name']} {locked[norm(d.metadata['Name'])]} -> {d.version}"
               for d in distributions()
               if Version(locked.get(norm(d.metadata["Name"]), d.version)) != Version(d.version))
print("canary: newer than the lock: " + (", ".join(newer) if newer else "nothing"))
PY
if [ "$status" -ne 0 ]; then
    echo "canary: FAILED with the newest allowed releases (see above); main's lock is unaffected" >&2
fi
exit "$status"
