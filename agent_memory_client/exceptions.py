"""The exceptions, under the official client's module name.

Every failure of the client is a :class:`MemoryClientError`; the root package exports the
same classes, all defined in ``agent_memory_client._exceptions``.
"""

from ._exceptions import *  # noqa: F403
from ._exceptions import __all__ as __all__
