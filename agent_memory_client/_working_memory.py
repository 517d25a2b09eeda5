"""``WorkingMemory``: the official client's model of a session to write.

Its own module, loaded on first use through ``agent_memory_client.types``: it subclasses a
generated model, and the client's import loads no model it does not need.
"""

from __future__ import annotations

from typing import Any

from agent_memory_client_generated.models.update_working_memory import UpdateWorkingMemory

__all__ = ["WorkingMemory"]


class WorkingMemory(UpdateWorkingMemory):
    """A session's working memory to write, as the official client built it:
    ``WorkingMemory(session_id=..., messages=[...], data={...})``.

    The session written is the one the call names; a ``session_id`` here is kept for the
    program's own use (``memory.session_id``) and not sent.
    """

    def __init__(self, *, session_id: str | None = None, **fields: Any) -> None:
        super().__init__(**fields)
        if session_id is not None:
            self.additional_properties["session_id"] = session_id

    @property
    def session_id(self) -> str | None:
        """The session id given when it was built, if any."""
        value = self.additional_properties.get("session_id")
        return value if isinstance(value, str) else None
