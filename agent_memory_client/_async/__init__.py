"""The I/O shell, written once as async; ``_sync`` is generated from it by scripts/unasync.py."""
