"""Search filter objects, as the official client's ``agent_memory_client.filters`` had them.

    from agent_memory_client.filters import Topics, UserId
    await client.search_long_term_memory("trips", user_id=UserId(eq="alice"),
                                         topics=Topics(any=["travel"]))

Plain values and operator dicts work too (see ``agent_memory_client.types.SearchFilters``).
"""

from agent_memory_client_generated.models.created_at import CreatedAt
from agent_memory_client_generated.models.entities import Entities
from agent_memory_client_generated.models.event_date import EventDate
from agent_memory_client_generated.models.last_accessed import LastAccessed
from agent_memory_client_generated.models.memory_type import MemoryType
from agent_memory_client_generated.models.namespace import Namespace
from agent_memory_client_generated.models.session_id import SessionId
from agent_memory_client_generated.models.topics import Topics
from agent_memory_client_generated.models.user_id import UserId

__all__ = [
    "CreatedAt",
    "Entities",
    "EventDate",
    "LastAccessed",
    "MemoryType",
    "Namespace",
    "SessionId",
    "Topics",
    "UserId",
]
