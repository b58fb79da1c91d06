#!/usr/bin/env bash
# Build build/iom-kiosk_<version>-1_<arch>.deb from the PyInstaller bundle (built first if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in dpkg-deb dpkg gzip patchelf; do
    command -v "$tool" >/dev/null || {
        echo "build_deb: $tool is missing (Debian: apt-get install dpkg gzip patchelf)" >&2; exit 1; }
done
command -v dpkg-shlibdeps >/dev/null || {
    echo "build_deb: dpkg-shlibdeps is missing (Debian: apt-get install dpkg-dev)" >&2; exit 1; }
[ -x build/dist/iom-kiosk/iom-kiosk ] || bash packaging/build_bundle.sh

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' kiosk/__init__.py)
arch=$(dpkg --print-architecture)
here=packaging/linux
# Debian's own layout, so dpkg-shlibdeps sees the bundle's libraries as the package's own.
root=build/deb/debian/iom-kiosk
deb="build/iom-kiosk_${version}-1_${arch}.deb"
rm -rf build/deb && mkdir -p "$root/DEBIAN"
printf 'Source: iom-kiosk\n\nPackage: iom-kiosk\nArchitecture: any\n' > build/deb/debian/control

install -d "$root/usr/lib/iom-kiosk" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/metainfo" "$root/etc/xdg/autostart" \
    "$root/usr/lib/systemd/user" "$root/usr/share/doc/iom-kiosk" "$root/usr/share/man/man1" \
    "$root/usr/share/lintian/overrides"
cp -a build/dist/iom-kiosk/. "$root/usr/lib/iom-kiosk/"
# PyInstaller copied the build machine's system libraries (X11, xcb, glib, dbus, OpenSSL,
# libstdc++...) next to the kiosk. Those a Debian package ships are taken from that package
# instead (dpkg-shlibdeps adds it to Depends below), so they get Debian's security updates.
# Python's own library stays with its standard library; Qt's, ICU's, PySide's are no
# Debian package's files.
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch 2>/dev/null || echo "${arch}-linux-gnu")
taken_from_debian=()
for object in "$root/usr/lib/iom-kiosk/_internal"/lib*.so*; do
    [ -f "$object" ] && [ ! -L "$object" ] || continue
    name=$(basename "$object")
    case "$name" in libpython*) continue ;; esac
    for dir in "/usr/lib/$multiarch" "/lib/$multiarch"; do
        if [ -e "$dir/$name" ] && package=$(dpkg -S "$dir/$name" 2>/dev/null); then
            taken_from_debian+=("$name (${package%%:*})")
            rm -f "$object"
            break
        fi
    done
done
echo "taken from Debian packages, not shipped: ${#taken_from_debian[@]} libraries"
printf '  %s\n' "${taken_from_debian[@]}"
# Python's extension modules still point at the build machine's interpreter (RUNPATH).
find "$root/usr/lib/iom-kiosk" -type f \( -name '*.so' -o -name '*.so.*' \) -print0 |
    while IFS= read -r -d '' object; do
        if [ -n "$(patchelf --print-rpath "$object" 2>/dev/null)" ]; then
            patchelf --remove-rpath "$object"
        fi
    done
install -m 0755 "$here/iom-kiosk.launcher" "$root/usr/bin/iom-kiosk"
install -m 0644 "$here/no.iom.oslo.kiosk.desktop" "$root/usr/share/applications/"
install -m 0644 "$here/no.iom.oslo.kiosk.svg" "$root/usr/share/icons/hicolor/scalable/apps/"
install -m 0644 "$here/no.iom.oslo.kiosk.metainfo.xml" "$root/usr/share/metainfo/"
install -m 0644 "$here/no.iom.oslo.kiosk-autostart.desktop" "$root/etc/xdg/autostart/no.iom.oslo.kiosk.desktop"
install -m 0644 "$here/iom-kiosk.service" "$root/usr/lib/systemd/user/"
install -m 0644 "$here/copyright" "$root/usr/share/doc/iom-kiosk/copyright"
install -m 0644 "$here/lintian-overrides" "$root/usr/share/lintian/overrides/iom-kiosk"
gzip -9n < "$here/iom-kiosk.1" > "$root/usr/share/man/man1/iom-kiosk.1.gz"
printf 'iom-kiosk (%s-1) unstable; urgency=medium\n\n  * Release %s.\n\n -- IOM Oslo kiosk contributors <kiosk@iom-oslo.invalid>  %s\n' \
    "$version" "$version" "$(date -R -d 2026-11-23)" | gzip -9n > "$root/usr/share/doc/iom-kiosk/changelog.Debian.gz"
echo "/etc/xdg/autostart/no.iom.oslo.kiosk.desktop" > "$root/DEBIAN/conffiles"

# Files and libraries 0644, the program 0755, all owned by root (--root-owner-group).
find "$root" -type d -exec chmod 0755 {} +
find "$root/usr/lib/iom-kiosk" -type f -exec chmod 0644 {} +
chmod 0755 "$root/usr/lib/iom-kiosk/iom-kiosk"
size_kib=$(du -sk --exclude=DEBIAN "$root" | cut -f1)

# Depends: computed from every ELF object in the package. A library the bundle carries
# counts as the package's own (-l: its private folders); every other NEEDED library must
# belong to an installed Debian package, whose shlibs/symbols give the versioned dependency.
mapfile -d '' elf_objects < <(find "$root" -type f -print0 | while IFS= read -r -d '' file; do
    [ "$(head -c 4 "$file" | od -An -c | tr -d ' ')" = '177ELF' ] && printf '%s\0' "$file"; done)
private_dirs=()
while IFS= read -r dir; do private_dirs+=("-l${dir#build/deb/}"); done < <(
    find "$root/usr/lib/iom-kiosk" -name '*.so*' -printf '%h\n' | sort -u)
if ! (cd build/deb && dpkg-shlibdeps -O --warnings=0 "${private_dirs[@]}" "${elf_objects[@]#build/deb/}") \
        > build/deb/substvars 2> build/deb/shlibdeps.log; then
    missing=$(sed -n 's/.*cannot find library \([^ ]*\) needed by \([^ ]*\).*/\1 (needed by \2)/p' build/deb/shlibdeps.log)
    if [ -n "$missing" ]; then
        echo "build_deb: no installed Debian package provides these libraries the bundle needs" \
            "(install the package that ships each on this machine, or leave out what needs it):" >&2
        sed 's/^/  missing library: /' <<<"$missing" | sort -u >&2
    else
        cat build/deb/shlibdeps.log >&2
    fi
    exit 1
fi
depends=$(sed -n 's/^shlibs:Depends=//p' build/deb/substvars)
[ -n "$depends" ] || { echo "build_deb: dpkg-shlibdeps found no dependency at all" >&2; exit 1; }
# Not ELF NEEDED, so not computed: Qt reads fontconfig's configuration (fonts.conf) at run time.
depends+=", fontconfig"
# Opened by name (ctypes) on the first Listen tap: sounddevice plays read-aloud through PortAudio.
depends+=", libportaudio2"

cat > "$root/DEBIAN/control" <<CONTROL
Package: iom-kiosk
Version: ${version}-1
Architecture: ${arch}
Maintainer: IOM Oslo kiosk contributors <kiosk@iom-oslo.invalid>
Installed-Size: ${size_kib}
Depends: ${depends}
Suggests: cage
Section: misc
Priority: optional
Homepage: https://github.com/iom-oslo/kiosk
Description: information kiosk for the waiting room of IOM's office in Oslo
 A full-screen touchscreen kiosk: visitors choose their language and read
 about the office, voluntary return, integration courses, opening hours and
 confidentiality. Persian is laid out right to left. Staff change the
 default language behind a PIN. Runs unattended, restarted by a systemd
 user unit.
CONTROL

dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "Depends: ${depends}"
echo "largest files in the package:"
# awk reads to the end: \`head\` would close the pipe early, and under pipefail sort's SIGPIPE
# would fail the build once the listing outgrows the pipe's buffer.
find "$root/usr/lib/iom-kiosk" -type f -printf '%s %P\n' | sort -rn |
    awk 'NR <= 10 { printf "  %6.1f MiB  %s\n", $1 / 1048576, $2 }'
bytes=$(stat -c %s "$deb")
echo "package: $deb, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MiB ($bytes bytes; $((size_kib / 1024)) MiB installed)"
