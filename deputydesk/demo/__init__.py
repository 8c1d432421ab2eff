"""Demo workspace steps. Every module here with a ``seed(ws, progress)`` function is run by
``deputydesk.services.demo`` in name order (d00_…, d10_…); each step must be idempotent."""
