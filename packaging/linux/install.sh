#!/bin/sh
# Install the built mapstudio app (dist/mapstudio from PyInstaller) for the current user,
# or system-wide with --system, and register it with the desktop: menu entry, icons and
# the .mapstudio file type, so double-clicking a project file opens it in mapstudio.
#
#   sh packaging/linux/install.sh            # into ~/.local (no root needed)
#   sudo sh packaging/linux/install.sh --system   # into /usr/local
#   sh packaging/linux/install.sh --uninstall [--system]
#
# PREFIX=/some/where overrides the target (packagers, tests). Run from the repository root.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mode=user
action=install
for arg in "$@"; do
  case "$arg" in
    --system) mode=system ;;
    --uninstall) action=uninstall ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done
if [ -z "${PREFIX:-}" ]; then
  if [ "$mode" = system ]; then PREFIX=/usr/local; else PREFIX="$HOME/.local"; fi
fi
share="$PREFIX/share"
app_dir="$PREFIX/lib/mapstudio"
bin_dir="$PREFIX/bin"

refresh() {
  # Rebuild the caches the desktop reads; each tool is optional on minimal systems.
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$share/mime"; fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$share/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
  fi
}

if [ "$action" = uninstall ]; then
  rm -rf "$app_dir"
  rm -f "$bin_dir/mapstudio" "$share/applications/mapstudio.desktop" \
        "$share/mime/packages/mapstudio-mime.xml"
  find "$share/icons/hicolor" -name 'mapstudio.png' -o -name 'mapstudio.svg' 2>/dev/null \
    | while read -r icon; do rm -f "$icon"; done
  refresh
  echo "mapstudio removed from $PREFIX"
  exit 0
fi

dist="$root/dist/mapstudio"
if [ ! -x "$dist/mapstudio" ]; then
  echo "install.sh: $dist/mapstudio not found; build it first (packaging/README.md)" >&2
  exit 1
fi

mkdir -p "$app_dir" "$bin_dir" "$share/applications" "$share/mime/packages"
rm -rf "$app_dir"
cp -R "$dist" "$app_dir"
ln -sf "$app_dir/mapstudio" "$bin_dir/mapstudio"

install -m 644 "$here/mapstudio.desktop" "$share/applications/mapstudio.desktop"
install -m 644 "$here/mapstudio-mime.xml" "$share/mime/packages/mapstudio-mime.xml"
for icon in "$here"/icons/hicolor/*/apps/mapstudio.*; do
  size_dir=$(basename "$(dirname "$(dirname "$icon")")")
  mkdir -p "$share/icons/hicolor/$size_dir/apps"
  install -m 644 "$icon" "$share/icons/hicolor/$size_dir/apps/"
done
# The MIME type's own icon name, so file managers show the app icon on project files.
for icon in "$share"/icons/hicolor/*/apps/mapstudio.png; do
  mime_dir="$(dirname "$(dirname "$icon")")/mimetypes"
  mkdir -p "$mime_dir"
  cp "$icon" "$mime_dir/application-x-mapstudio+json.png"
done
refresh
# Make mapstudio the default app for its files (xdg-utils, where installed).
if command -v xdg-mime >/dev/null 2>&1 && [ "$mode" = user ] && [ -z "${NO_XDG_DEFAULT:-}" ]; then
  xdg-mime default mapstudio.desktop application/x-mapstudio+json || true
fi
echo "mapstudio installed in $PREFIX (run: $bin_dir/mapstudio)"
case ":$PATH:" in
  *":$bin_dir:"*) ;;
  *) echo "note: $bin_dir is not on your PATH; add it so the menu entry (Exec=mapstudio %f) works" ;;
esac
