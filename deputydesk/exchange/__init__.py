"""Packages between laptops, backups, encryption and secrets. No Qt."""
