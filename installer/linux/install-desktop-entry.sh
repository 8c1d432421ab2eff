#!/bin/sh
# Add DeputyDesk from this unpacked folder to your application menu (for you only; no root needed),
# and let .ddx exchange packages open with it. Run it again after moving the folder.
#   ./install-desktop-entry.sh            install
#   ./install-desktop-entry.sh --remove   remove the menu entry again (your data is not touched)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps="$data/applications"
icons="$data/icons/hicolor/256x256/apps"
mime="$data/mime/packages"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$apps/deputydesk.desktop" "$icons/deputydesk.png" "$mime/deputydesk.xml"
  echo "DeputyDesk removed from the application menu."
  exit 0
fi
[ -x "$here/deputydesk" ] || { echo "deputydesk not found beside this script ($here)" >&2; exit 1; }
mkdir -p "$apps" "$icons" "$mime"
cp "$here/deputydesk.png" "$icons/deputydesk.png"
cp "$here/deputydesk-mime.xml" "$mime/deputydesk.xml"
sed -e "s|^Exec=.*|Exec=\"$here/deputydesk\" gui %F|" -e "s|^TryExec=.*|TryExec=$here/deputydesk|" \
  "$here/deputydesk.desktop" > "$apps/deputydesk.desktop"
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" >/dev/null 2>&1 || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
echo "DeputyDesk added to the application menu ($apps/deputydesk.desktop)."
