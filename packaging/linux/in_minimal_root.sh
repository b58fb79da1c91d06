#!/usr/bin/env bash
# check_deb.sh's customize hook for mmdebstrap: in a fresh minbase Debian root ($1), install
# the .deb ($3) with apt and nothing else, look for libraries nobody provides, and use the
# installed kiosk offscreen. What it wrote is copied to $2 for check_deb.sh to look at.
# mmdebstrap mounts /proc, /sys and /dev for its hooks and unmounts them afterwards.
set -euo pipefail
root=$1 out=$2 deb=$3
touch "$out/root-built"  # from here on a failure is the package's, not the machine's
say() { echo "minimal root: $*" >> "$out/report.txt"; }
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/tmp/home \
    QT_QPA_PLATFORM=offscreen "$@"; }

cp "$deb" "$root/tmp/"
# Recommends left out: Depends alone must be enough.
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "/tmp/$(basename "$deb")" > "$out/apt.log" 2>&1 || {
    echo "check_deb: apt-get install of the package failed in the minimal root:" >&2
    tail -n 20 "$out/apt.log" >&2; exit 1; }
say "apt-get set up $(grep -c '^Setting up' "$out/apt.log") packages: the kiosk and its Depends"

# Every ELF object of the package, resolved the way the kiosk's bootloader resolves them
# (its own libraries first, LD_LIBRARY_PATH=_internal), then the system's.
in_root sh -c 'cd /usr/lib/iom-kiosk && find . -type f \( -name "*.so*" -o -name iom-kiosk \) |
    while read -r f; do LD_LIBRARY_PATH=/usr/lib/iom-kiosk/_internal ldd "$f" 2>/dev/null |
        sed -n "s|^[[:space:]]*\([^ ]*\) => not found|\1 (needed by $f)|p"; done' > "$out/missing.txt"
if [ -s "$out/missing.txt" ]; then
    echo "check_deb: the package lacks libraries on a minimal Debian:" >&2
    sort -u "$out/missing.txt" | awk '{ count[$1]++; if (!($1 in first)) { f = $4; sub(/\)$/, "", f); first[$1] = f } }
        END { for (lib in count) printf "  missing library: %s (needed by %d files, %s first)\n", lib, count[lib], first[lib] }' >&2
    exit 1
fi
say "every library of every ELF file in the package is found"

in_root /usr/bin/iom-kiosk --list-languages > "$out/languages.txt"
grep -qP '^fa\tفارسی\trtl\t100%\t' "$out/languages.txt" || {
    echo "check_deb: --list-languages in the minimal root:" >&2; cat "$out/languages.txt" >&2; exit 1; }
say "--list-languages lists $(wc -l < "$out/languages.txt") languages"
# Qt names what it could not load; a kiosk that starts anyway must not hide that here.
in_root /usr/bin/iom-kiosk --screenshots /tmp/shots > /dev/null 2> "$out/screenshots.log" || {
    echo "check_deb: --screenshots failed in the minimal root:" >&2; cat "$out/screenshots.log" >&2; exit 1; }
if grep -qi "cannot load library\|could not load the Qt platform plugin" "$out/screenshots.log"; then
    echo "check_deb: Qt could not load what it needs in the minimal root:" >&2
    grep -i "cannot load library\|could not load the Qt platform plugin" "$out/screenshots.log" >&2
    grep -o 'lib[A-Za-z0-9_.+-]*\.so[0-9.]*: cannot open shared object file' "$out/screenshots.log" |
        sed 's/: cannot.*//; s/^/missing library: /' | sort -u >&2
    exit 1
fi
# Read-aloud: eSpeak NG from the bundle, to a file (no sound card in a chroot); PortAudio,
# for the sound device, must have come with the Depends.
in_root /usr/bin/iom-kiosk --speak-to /tmp/speech --lang nb > "$out/speech.txt" 2>&1 || {
    echo "check_deb: --speak-to failed in the minimal root:" >&2; cat "$out/speech.txt" >&2; exit 1; }
bytes=$(stat -c %s "$root/tmp/speech/nb/hours.wav")
[ "$bytes" -gt 441000 ] || { echo "check_deb: nb/hours.wav is only $bytes bytes (under 10 s)" >&2; exit 1; }
in_root sh -c 'ls /usr/lib/*/libportaudio.so.2' >/dev/null || {
    echo "check_deb: libportaudio2 did not come with the Depends" >&2; exit 1; }
say "--speak-to read nb/hours aloud ($((bytes / 44100)) s); PortAudio is installed"
# The PIN is hashed with OpenSSL's scrypt, whose libcrypto now comes from Depends.
printf '2468\n2468\n' | in_root /usr/bin/iom-kiosk --set-pin > "$out/pin.txt" 2>&1 || {
    echo "check_deb: --set-pin failed in the minimal root:" >&2; cat "$out/pin.txt" >&2; exit 1; }
say "--set-pin stored a PIN (OpenSSL's scrypt)"
cp -r "$root/tmp/shots" "$out/shots"  # mmdebstrap keeps /tmp in the root (--skip=cleanup/tmp)
