#!/usr/bin/env bash
# One entry point for a fresh Debian machine with Python 3.11+:
#   bash run.sh demo   install what is needed, build the demo contest and open the app on it
#   bash run.sh test   install what is needed and run every test (offscreen Qt)
#   bash run.sh build  install what is needed and build the venue folder dist/judge_app/
#   bash run.sh bench  install what is needed (incl. LibreOffice to compare with) and print the benchmark table
# Anything after the command goes to the app (demo) or to pytest (test).
set -euo pipefail
cd "$(dirname "$0")"

QT_LIBS="libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0"
XCB_LIBS="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-xinerama0"
BUILD_TOOLS="binutils icu-devtools gcc"  # strip; icupkg, nm, readelf, cc: the cut ICU data (build_spec/icu_data.py)
TEST_TOOLS="poppler-utils $BUILD_TOOLS"  # the frozen-build test builds the folder too

need_debian() {  # install the Debian packages that are missing (as root, or with sudo)
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || { echo "请安装 / please install: ${missing[*]}" >&2; return 0; }
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo ">> apt-get install ${missing[*]}"
  $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null \
    || echo "!! 无法安装 / could not install: ${missing[*]}" >&2
}

python_ok() { "$1" -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }

setup_venv() {  # $1: the extras to install (default: test)
  local extras="${1:-test}" py=""
  for candidate in python3.13 python3.12 python3.11 python3; do
    command -v "$candidate" >/dev/null && python_ok "$candidate" && { py="$candidate"; break; }
  done
  if [ -z "$py" ]; then
    need_debian python3-venv
    python_ok python3 && py=python3 || { echo "需要 Python 3.11 或更高版本 / Python 3.11+ required" >&2; exit 1; }
  fi
  if [ ! -x .venv/bin/python ]; then
    "$py" -m venv .venv 2>/dev/null || { need_debian python3-venv; rm -rf .venv; "$py" -m venv .venv; }
  fi
  local stamp=.venv/.judge-app-installed want
  want="$(sha256sum pyproject.toml | cut -d' ' -f1) $extras"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo ">> pip install -e .[$extras]"
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[$extras]"
    echo "$want" > "$stamp"
  fi
}

cmd="${1:-}"
shift || true
case "$cmd" in
  demo)
    need_debian $QT_LIBS $XCB_LIBS
    setup_venv
    exec .venv/bin/judge-app demo demo.judge --force --open "$@"
    ;;
  test)
    need_debian $QT_LIBS $XCB_LIBS $TEST_TOOLS  # XCB: the frozen-build test bundles them
    setup_venv
    export QT_QPA_PLATFORM=offscreen
    set +e
    .venv/bin/python -m pytest "$@"
    rc=$?
    set -e
    if [ "$rc" -eq 5 ]; then
      echo "!! pytest ran no tests: failing on purpose" >&2
      exit 1
    fi
    exit "$rc"
    ;;
  build)  # the one-folder app for venue laptops: dist/judge_app/ (see README "Building the venue folder")
    need_debian $BUILD_TOOLS $XCB_LIBS  # XCB: bundled, so laptops without them still start
    setup_venv
    exec .venv/bin/python -m PyInstaller --noconfirm --log-level WARN --distpath dist \
      --workpath build/pyinstaller build_spec/judge_app.spec "$@"
    ;;
  bench)  # every benchmark in one run, one table of ratios (docs/benchmarks.md)
    need_debian $QT_LIBS libreoffice-calc-nogui python3-uno
    setup_venv test,bench
    exec .venv/bin/python benchmarks/run_all.py "$@"
    ;;
  *)
    echo "usage: bash run.sh demo|test|build|bench [args...]" >&2
    exit 2
    ;;
esac
