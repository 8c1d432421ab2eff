"""DeputyDesk: an offline desk for maslikhat deputies and public councils of Kazakhstan."""

__version__ = "0.1.0"
APP_NAME = "DeputyDesk"
ORG_NAME = "DeputyDesk"
