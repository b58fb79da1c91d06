#!/usr/bin/env bash
# Build build/iom-kiosk_<version>-1_<arch>.deb from the PyInstaller bundle (built first if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in dpkg-deb dpkg gzip patchelf; do
    command -v "$tool" >/dev/null || {
        echo "build_deb: $tool is missing (Debian: apt-get install dpkg gzip patchelf)" >&2; exit 1; }
done
[ -x build/dist/iom-kiosk/iom-kiosk ] || bash packaging/build_bundle.sh

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' kiosk/__init__.py)
arch=$(dpkg --print-architecture)
here=packaging/linux
root=build/deb/root
deb="build/iom-kiosk_${version}-1_${arch}.deb"
rm -rf build/deb && mkdir -p "$root/DEBIAN"

install -d "$root/usr/lib/iom-kiosk" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/metainfo" "$root/etc/xdg/autostart" \
    "$root/usr/lib/systemd/user" "$root/usr/share/doc/iom-kiosk" "$root/usr/share/man/man1" \
    "$root/usr/share/lintian/overrides"
cp -a build/dist/iom-kiosk/. "$root/usr/lib/iom-kiosk/"
# Libraries every Debian system has are taken from the system (see Depends), not shipped twice.
for library in libbz2.so.1.0 libexpat.so.1 libfreetype.so.6 libpng16.so.16 libtinfo.so.6 libz.so.1; do
    rm -f "$root/usr/lib/iom-kiosk/_internal/$library"
done
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
# Qt's runtime needs from the system (checked by installing into a clean Debian root), and
# the libraries taken out of the bundle above.
depends="libc6, libgl1, libegl1, libxcb1, libxcb-icccm4, libxcb-keysyms1, libxcb-cursor0"
depends+=", libxkbcommon-x11-0, libfontconfig1, fontconfig, libbz2-1.0, libexpat1, libfreetype6"
depends+=", libpng16-16, libtinfo6, zlib1g"

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
echo "package: $deb, $(du -k "$deb" | cut -f1) KiB (bundle ${size_kib} KiB installed)"
