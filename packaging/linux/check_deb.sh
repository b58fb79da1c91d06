#!/usr/bin/env bash
# Build the .deb, lint it, install it on this machine, use the installed kiosk as IT would
# (offscreen), try the faults it must survive, and remove it again. Needs root or sudo.
set -euo pipefail
cd "$(dirname "$0")/../.."
# dpkg-dev: dpkg-shlibdeps computes Depends, and needs the libraries it maps installed here.
EXTRA_DEBIAN_PACKAGES="patchelf lintian dpkg-dev libwayland-cursor0 libwayland-egl1 mmdebstrap" \
    bash scripts/setup.sh >/dev/null
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
PY=.venv/bin/python

bash packaging/linux/build_deb.sh
deb=$(ls -t build/iom-kiosk_*.deb | head -n 1)
lintian --fail-on error,warning --tag-display-limit 0 "$deb"
echo "lintian: no errors or warnings (overrides explained in packaging/linux/lintian-overrides)"

$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
cleanup() {
    $sudo dpkg -P iom-kiosk >/dev/null 2>&1 || true
    # mmdebstrap unmounts what it mounted; should it have been cut short, nothing mounted
    # in the minimal root may be removed with it (its /dev is the machine's).
    if [ -d "$work/minimal-root" ]; then
        { findmnt -rn -o TARGET | grep "^$work/minimal-root" || true; } | sort -r | while read -r mount; do
            $sudo umount -l "$mount" || true; done
        $sudo rm -rf --one-file-system "$work/minimal-root"
    fi
    $sudo rm -rf --one-file-system "$work"  # the minimal root's hook wrote some of it as root
}
work=$(mktemp -d)
trap cleanup EXIT
run() { env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen "$@"; }
check_start_png() {  # check_start_png FILE WHO: 1280x800 and not blank
    "$PY" - "$1" "$2" <<'PY'
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QGuiApplication, QImage
app = QGuiApplication([])
image = QImage(sys.argv[1])
assert (image.width(), image.height()) == (1280, 800), image.size()
colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
assert len(colours) > 20, f"start screen looks blank: {len(colours)} colours"
print(f"{sys.argv[2]} rendered its start screen: 1280x800, {len(colours)} colours")
PY
}

for file in /usr/bin/iom-kiosk /usr/lib/systemd/user/iom-kiosk.service /etc/xdg/autostart/no.iom.oslo.kiosk.desktop \
            /usr/share/applications/no.iom.oslo.kiosk.desktop /usr/share/metainfo/no.iom.oslo.kiosk.metainfo.xml; do
    [ -e "$file" ] || { echo "check_deb: $file was not installed" >&2; exit 1; }
done
HOME="$work/home" run /usr/bin/iom-kiosk --list-languages | tee "$work/languages.txt"
grep -qP '^fa\tفارسی\trtl\t100%\t' "$work/languages.txt"

HOME="$work/home" run /usr/bin/iom-kiosk --screenshots "$work/shots" >/dev/null 2>"$work/log.txt"
check_start_png "$work/shots/nb/start.png" "installed kiosk"

# Read-aloud from the installed package: one language's every screen to WAV, as a listener
# would hear them (no sound card needed). The hours page must be long speech, not silence.
HOME="$work/home" run /usr/bin/iom-kiosk --speak-to "$work/speech" --lang fa >/dev/null
check_wav() {  # check_wav FILE MIN_SECONDS
    "$PY" - "$1" "$2" <<'PY'
import array, sys, wave
with wave.open(sys.argv[1]) as sound:
    seconds = sound.getnframes() / sound.getframerate()
    loudest = max(map(abs, array.array("h", sound.readframes(sound.getnframes()))))
assert seconds >= float(sys.argv[2]) and loudest > 8000, (seconds, loudest)
print(f"installed kiosk read {sys.argv[1].rsplit('/', 2)[-2]}/{sys.argv[1].rsplit('/', 1)[-1]} aloud: "
      f"{seconds:.1f} s, peak {loudest}")
PY
}
check_wav "$work/speech/fa/hours.wav" 20

expect() {  # expect FILE TEXT WHAT: the kiosk started (it wrote screenshots) and said why
    grep -q "$2" "$1" || { echo "check_deb: $3: expected '$2' in the log" >&2; cat "$1" >&2; exit 1; }
    echo "$3: started, and the log says why"
}
# Faults it must survive. A home even root cannot create: its parent is a plain file.
touch "$work/not-a-folder"
HOME="$work/not-a-folder/home" run /usr/bin/iom-kiosk --screenshots "$work/no-home" >/dev/null 2>"$work/no-home.txt"
expect "$work/no-home.txt" "No log file" "no writable home"
# The install directory is only read: the kiosk writes nothing there (PyInstaller onedir
# unpacks nothing), so a read-only /usr changes nothing. Checked: no file in it is newer.
[ -z "$(find /usr/lib/iom-kiosk -newer "$deb" -type f)" ] && echo "install directory: untouched by running"
$sudo rm -f /usr/lib/iom-kiosk/_internal/fontpkg_noto_sans_arabic/files/*.ttf
HOME="$work/home" run /usr/bin/iom-kiosk --screenshots "$work/no-font" >/dev/null 2>"$work/no-font.txt"
expect "$work/no-font.txt" "has no font files" "deleted font file"
[ -s "$work/no-font/fa/home.png" ] || { echo "check_deb: no screenshots without the font" >&2; exit 1; }

$sudo dpkg -P iom-kiosk >/dev/null
[ ! -e /usr/lib/iom-kiosk ] && [ ! -e /usr/bin/iom-kiosk ] || { echo "check_deb: files left after purge" >&2; exit 1; }
echo "purged: nothing left behind"

# The same package on a minimal Debian (minbase) made for this check: apt installs it with
# its Depends and nothing else, and the kiosk must find every library and draw.
minimal_root() {
    . /etc/os-release
    if ! command -v mmdebstrap >/dev/null; then
        echo "minimal Debian root: SKIPPED, mmdebstrap is not installed and apt could not install it"
        return 0
    elif [ "${ID:-}" != debian ] || [ -z "${VERSION_CODENAME:-}" ]; then
        echo "minimal Debian root: SKIPPED, this machine is ${PRETTY_NAME:-not Debian}, and the package is built for its release"
        return 0
    fi
    local out="$work/minimal" started=$SECONDS
    mkdir -p "$out"
    if ! $sudo mmdebstrap --variant=minbase --skip=cleanup/tmp \
            --customize-hook="bash packaging/linux/in_minimal_root.sh \"\$1\" '$out' '$PWD/$deb'" \
            "$VERSION_CODENAME" "$work/minimal-root" 2> "$out/mmdebstrap.log"; then
        if [ ! -e "$out/root-built" ]; then
            echo "minimal Debian root: SKIPPED, mmdebstrap could not build a $VERSION_CODENAME root:" \
                "$({ grep '^E: Failed to fetch' "$out/mmdebstrap.log"; grep '^E: ' "$out/mmdebstrap.log"; } |
                   head -n 1 | cut -c1-200)"
            return 0
        fi
        cat "$out/report.txt" 2>/dev/null || true
        sed -n '/^check_deb: /,$p' "$out/mmdebstrap.log" | grep -v '^[IW]: ' >&2
        echo "check_deb: the package failed on a minimal Debian $VERSION_CODENAME root" >&2
        exit 1
    fi
    cat "$out/report.txt"
    check_start_png "$out/shots/nb/start.png" "kiosk in the minimal root"
    echo "minimal Debian root ($VERSION_CODENAME, minbase): passed in $((SECONDS - started)) s"
}
minimal_root
echo "check_deb: every package check passed"
