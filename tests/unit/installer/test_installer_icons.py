"""The raster icons the installers use are the application's SVG, at every size they need."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[3]
ICONS = REPO / "installer" / "icons"
sys.path.insert(0, str(REPO / "installer"))

import make_icons  # noqa: E402


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_each_png_has_its_size_and_matches_the_svg(size, qapp):
    path = ICONS / f"deputydesk-{size}.png"
    with Image.open(path) as img:
        committed = img.convert("RGBA")
    assert committed.size == (size, size)
    fresh = Image.open(io.BytesIO(make_icons.render_png(size))).convert("RGBA")
    # the same picture: compare pixel by pixel, allowing for antialiasing differences between Qt builds
    a, b = committed.tobytes(), fresh.tobytes()
    differing = sum(max(abs(a[i + c] - b[i + c]) for c in range(4)) > 48 for i in range(0, len(a), 4))
    assert differing <= size * size * 0.01, \
        f"{path.name} no longer matches resources/icons/deputydesk.svg: run `python installer/make_icons.py`"


def test_the_icon_is_the_blue_tile_with_the_sun():
    with Image.open(ICONS / "deputydesk-256.png") as img:
        image = img.convert("RGBA")
    assert image.getpixel((0, 0))[3] == 0  # transparent corner (rounded tile)
    r, g, b, a = image.getpixel((128, 20))
    assert a == 255 and b > 180 and r < 60  # the blue of the Kazakh flag
    r, g, b, a = image.getpixel((128, 92))
    assert a == 255 and r > 230 and g > 180 and b < 60  # the golden sun


def test_windows_ico_holds_every_size():
    with Image.open(ICONS / "deputydesk.ico") as ico:
        assert ico.format == "ICO"
        assert {(s, s) for s in make_icons.ICO_SIZES} <= set(ico.info["sizes"])
