"""CLI command modules. Every module here with a ``register(subparsers)`` function is loaded by
``deputydesk.cli`` in name order, so each area adds its commands without touching a shared file."""
