"""Loaded by child processes started from the tests (PYTHONPATH): any TCP/UDP connection or DNS lookup
aborts the process with exit code 97, so an app that tried to go online fails its test."""

import os
import socket
import sys

_real_connect = socket.socket.connect


def _refuse(*args, **kwargs):
    sys.stderr.write(f"NETWORK ATTEMPT BLOCKED: {args!r}\n")
    sys.stderr.flush()
    os._exit(97)


def _connect(self, address):
    if self.family == getattr(socket, "AF_UNIX", None):
        return _real_connect(self, address)
    _refuse(address)


socket.socket.connect = _connect
socket.socket.connect_ex = lambda self, address: _connect(self, address)
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
socket.gethostbyname = _refuse
