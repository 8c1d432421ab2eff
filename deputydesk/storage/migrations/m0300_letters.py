"""Letters: drafts and issued letters, outgoing and incoming registers, station codes, number formats.

- ``letter_register``: one row per registered number (outgoing or incoming) of a body (council). UNIQUE
  (body, register, year, number) and UNIQUE (body, register, year, station, seq): a number can never be
  issued twice, whatever the concurrency — the second writer gets an IntegrityError and takes the next
  sequence.
- ``letters``: drafts and issued letters (the letter's JSON in ``data``). An issued letter points to its
  register entry; the Kazakh and the Russian version of one letter share the entry (same number), at most
  one issued letter per entry and language (partial unique index).
- ``letter_stations``: the station code each laptop claimed for numbering (synchronised, code unique).
- ``letter_register_settings``: case index and prefix of each body's register (the number pattern itself
  is the body's ``outgoing_number_format`` / ``incoming_number_format``).
"""

from __future__ import annotations

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute("""
        CREATE TABLE letter_register (
            id TEXT PRIMARY KEY NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT '',
            body_id TEXT NOT NULL REFERENCES bodies (id),
            register TEXT NOT NULL CHECK (register IN ('outgoing', 'incoming')),
            year INTEGER NOT NULL,
            station TEXT NOT NULL DEFAULT '',
            seq INTEGER NOT NULL CHECK (seq >= 1),
            number TEXT NOT NULL CHECK (number <> ''),
            date TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            counterpart TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            signer TEXT NOT NULL DEFAULT '',
            executor TEXT NOT NULL DEFAULT '',
            reply_to TEXT NOT NULL DEFAULT '',
            sender_number TEXT NOT NULL DEFAULT '',
            sender_date TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            followup_id TEXT,
            document_id TEXT,
            device_id TEXT NOT NULL DEFAULT '',
            UNIQUE (body_id, register, year, number),
            UNIQUE (body_id, register, year, station, seq)
        )
    """)
    db.execute("CREATE INDEX letter_register_date ON letter_register (body_id, register, date)")
    db.execute("""
        CREATE TABLE letters (
            id TEXT PRIMARY KEY NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT '',
            body_id TEXT REFERENCES bodies (id),
            kind TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued')),
            subject TEXT NOT NULL DEFAULT '',
            addressee TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL DEFAULT '{}',
            register_id TEXT REFERENCES letter_register (id),
            number TEXT,
            date TEXT,
            followup_id TEXT,
            pdf_sha256 TEXT,
            docx_sha256 TEXT,
            issued_at TEXT,
            issued_by TEXT,
            CHECK (status = 'draft' OR (register_id IS NOT NULL AND number IS NOT NULL))
        )
    """)
    db.execute("CREATE UNIQUE INDEX letters_one_per_language ON letters (register_id, language) "
               "WHERE register_id IS NOT NULL")
    db.execute("CREATE INDEX letters_status ON letters (status, updated_at)")
    db.execute("CREATE INDEX letters_followup ON letters (followup_id)")
    db.execute("""
        CREATE TABLE letter_stations (
            id TEXT PRIMARY KEY NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT '',
            code TEXT NOT NULL UNIQUE,
            device_id TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT ''
        )
    """)
    db.execute("""
        CREATE TABLE letter_register_settings (
            id TEXT PRIMARY KEY NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT '',
            body_id TEXT NOT NULL REFERENCES bodies (id),
            register TEXT NOT NULL CHECK (register IN ('outgoing', 'incoming')),
            case_index TEXT NOT NULL DEFAULT '',
            prefix TEXT NOT NULL DEFAULT '',
            UNIQUE (body_id, register)
        )
    """)
