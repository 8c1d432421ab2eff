"""Keep None, True and False alive under PySide6 6.12 on Python 3.11.

PySide6 6.12 drops one reference to ``None`` on every call of a C++ method that returns nothing
(``label.setText(…)``, ``app.processEvents()``) and one to ``True`` on every ``signal.emit(…)``. Python
3.12 made these objects immortal, so there the lost references do no harm; on Python 3.11 their counts
fall with use, and when one reaches zero the interpreter aborts ("deallocating None" / "deallocating True
or False") — after a few thousand actions in a long session, or when Python exits.

:func:`pin` does for them what Python 3.12 does: it raises their reference counts so far that nothing can
bring them to zero. They are never freed in any case (freeing them is that fatal error), so this changes
nothing else. It runs once, when the GUI package is imported.
"""

from __future__ import annotations

import ctypes
import sys

PIN = 1 << 40


def pin() -> bool:
    """Make None, True and False effectively immortal; False on Python 3.12+ where they already are."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt, the first field of every object
        if count.value < PIN:
            count.value += PIN
    return True
