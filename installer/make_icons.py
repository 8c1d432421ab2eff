"""Render resources/icons/deputydesk.svg into the raster icons the installers need.

    python installer/make_icons.py          # writes installer/icons/deputydesk-<N>.png and deputydesk.ico

The results are committed (a Windows build machine then needs nothing but PyInstaller and Inno Setup);
tests/unit/installer/test_icons.py fails when they no longer match the SVG. Qt renders the SVG
(QtSvg comes with PySide6-Essentials), Pillow packs the Windows .ico.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "deputydesk.svg"
OUT = ROOT / "installer" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The SVG rendered at size×size as PNG bytes (transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    _app = QGuiApplication.instance() or QApplication(sys.argv[:1])  # QApplication: what pytest-qt expects
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_icons(out: Path = OUT) -> list[Path]:
    from PIL import Image

    out.mkdir(parents=True, exist_ok=True)
    written = []
    images = {}
    for size in PNG_SIZES:
        png = render_png(size)
        path = out / f"deputydesk-{size}.png"
        path.write_bytes(png)
        written.append(path)
        with Image.open(io.BytesIO(png)) as img:
            images[size] = img.convert("RGBA")
    ico = out / "deputydesk.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    written.append(ico)
    return written


if __name__ == "__main__":
    for p in write_icons():
        print(p.relative_to(ROOT), p.stat().st_size, "bytes")
