"""The package logger, switched on by ``AGENT_MEMORY_CLIENT_LOG=debug`` (or ``info``).

Log lines name the method, path, status and timing of requests and the reason for each
retry; they never contain headers, tokens or bodies.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("agent_memory_client")

_ENV_VAR = "AGENT_MEMORY_CLIENT_LOG"


def _configure_from_env() -> None:
    level = os.environ.get(_ENV_VAR, "").strip().upper()
    if level not in {"DEBUG", "INFO"} or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


_configure_from_env()
