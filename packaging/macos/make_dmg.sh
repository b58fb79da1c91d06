#!/usr/bin/env bash
# Build "IOM Kiosk.app" (the PyInstaller spec makes it on macOS) and wrap it in a .dmg
# with a link to /Applications. macOS only: hdiutil comes with the system.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "$(uname -s)" != "Darwin" ] || ! command -v hdiutil >/dev/null; then
    echo "make_dmg: needs macOS (hdiutil is part of macOS); the CI workflow runs it on a macOS runner" >&2
    exit 1
fi
bash packaging/build_bundle.sh
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' kiosk/__init__.py)
staging=build/dmg
rm -rf "$staging" && mkdir -p "$staging"
cp -R "build/dist/IOM Kiosk.app" "$staging/"
ln -s /Applications "$staging/Applications"
/usr/libexec/PlistBuddy -c "Print :CFBundleLocalizations" "$staging/IOM Kiosk.app/Contents/Info.plist"
hdiutil create -volname "IOM Kiosk" -srcfolder "$staging" -ov -format UDZO "build/iom-kiosk-${version}.dmg"
echo "dmg: build/iom-kiosk-${version}.dmg"
