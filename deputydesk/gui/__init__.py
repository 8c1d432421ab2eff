"""PySide6 user interface. The only package allowed to import Qt."""

from deputydesk.gui import immortal

immortal.pin()  # before any Qt call: PySide6 6.12 on Python 3.11 loses references to None and True
