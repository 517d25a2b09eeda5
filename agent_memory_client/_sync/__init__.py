# Generated from agent_memory_client/_async/__init__.py by scripts/unasync.py: do not edit.
"""The I/O shell, written once as async; ``_sync`` is generated from it by scripts/unasync.py."""
