#!/usr/bin/env bash
# One-step set-up for a fresh Debian 12 machine.
#   cmake/setup.sh run    install what is missing, build, start dateline on the demo library
#   cmake/setup.sh test   install what is missing, build, run every test
#   cmake/setup.sh deps   only install the Debian packages
# Safe to run again: installed packages and finished builds are reused.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
mode="${1:-run}"
preset="${DATELINE_PRESET:-dev}"

install_packages() {
    mapfile -t wanted < <(grep -v '^\s*#' "$here/debian-packages.txt" | sed '/^\s*$/d')
    missing=()
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if ((${#missing[@]} == 0)); then
        return
    fi
    echo "Installing Debian packages: ${missing[*]}"
    sudo_cmd=()
    if [[ $(id -u) -ne 0 ]]; then
        sudo_cmd=(sudo)
    fi
    "${sudo_cmd[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset "$1" -S "$root" >/dev/null
    cmake --build --preset "$1"
}

case "$mode" in
deps)
    install_packages
    ;;
run)
    install_packages
    build "$preset"
    app="$root/build/$preset/app/desktop/dateline"
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "No display: starting dateline under Xvfb"
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "${@:2}"
    fi
    exec "$app" "${@:2}"
    ;;
test)
    install_packages
    build "$preset"
    ctest --preset "$preset"
    ;;
*)
    echo "usage: $0 run|test|deps" >&2
    exit 2
    ;;
esac
