"""Identifiers and timestamps shared by every record."""

from __future__ import annotations

import datetime as _dt
import uuid


def new_id() -> str:
    """A random UUID (stable across laptops) as a 36-character string."""
    return str(uuid.uuid4())


def now_iso() -> str:
    """Current UTC time, ISO 8601 with microseconds and an explicit offset."""
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="microseconds")


def today() -> _dt.date:
    return _dt.date.today()
