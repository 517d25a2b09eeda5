"""Whose data a call may touch: the scope (session, user, namespace), and its checks.

One rule decides a call's scope: a value given to the call wins, and None means the
client's default. The client then holds the server to that scope, whatever it answers.
Server 0.15.2 can answer outside it: when a session's own key is missing it looks the
session up through a search index whose tags match case-insensitively (and read "|" as
"or"), so a read of alice's session "s" can return Alice's; its search filters match the
same way. So every session and record the server returns is compared, exactly, with the
scope asked for: a session from another scope reads as missing, a record from another
scope is dropped, and a write carries the caller's scope, never one read from a response.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._exceptions import MemoryNotFoundError, MemoryValidationError
from ._rules import check_scope_value

__all__ = ["Scope"]


@dataclass(frozen=True)
class Scope:
    """A session id, user id and namespace; None where the scope sets none."""

    session_id: str | None = None
    user_id: str | None = None
    namespace: str | None = None

    @classmethod
    def checked(
        cls, *, session_id: Any = None, user_id: Any = None, namespace: Any = None
    ) -> Scope:
        """A scope from caller input: each value is None or a non-empty string."""
        return cls(
            session_id=None if session_id is None else check_scope_value(session_id, "session_id"),
            user_id=None if user_id is None else check_scope_value(user_id, "user_id"),
            namespace=None if namespace is None else check_scope_value(namespace, "namespace"),
        )

    def narrow(
        self, *, session_id: Any = None, user_id: Any = None, namespace: Any = None
    ) -> Scope:
        """This scope with the values a call gave (None keeps this scope's value)."""
        given = Scope.checked(session_id=session_id, user_id=user_id, namespace=namespace)
        return Scope(
            session_id=given.session_id if given.session_id is not None else self.session_id,
            user_id=given.user_id if given.user_id is not None else self.user_id,
            namespace=given.namespace if given.namespace is not None else self.namespace,
        )

    def holds(self, record: Any) -> bool:
        """Whether a long-term memory belongs to this scope's user and namespace.

        A scope without a user (or namespace) accepts any; one with a user accepts only
        records of exactly that user: "alice" is not "Alice", and a record without a user
        is nobody's.
        """
        return (self.user_id is None or getattr(record, "user_id", None) == self.user_id) and (
            self.namespace is None or getattr(record, "namespace", None) == self.namespace
        )

    def is_session(self, memory: Any) -> bool:
        """Whether a working memory the server returned is exactly this scope's session."""
        return (
            getattr(memory, "session_id", None) == self.session_id
            and getattr(memory, "user_id", None) == self.user_id
            and getattr(memory, "namespace", None) == self.namespace
        )

    def server_key(self) -> str:
        """The key server 0.15.2 stores this scope's session under.

        It joins the parts that are set with ":", so different scopes can share a key:
        user "alice" without a namespace and namespace "alice" without a user both give
        ``working_memory:alice:<session>``, and so do user "team:carol" and namespace
        "team" with user "carol".
        """
        parts = ["working_memory", self.namespace, self.user_id, self.session_id]
        return ":".join(p for p in parts if p)

    def may_share_key_with(self, memory: Any) -> bool:
        """Whether a session the server returned for this scope may be stored under this
        scope's own key although it belongs to another scope.

        The server echoes the session id asked for, so only the returned user id and
        namespace are known: the key is shared when this scope's key is theirs followed by
        some session id. (A session the server found another way, through its index, lives
        under a key of its own, and this scope's key is free.)
        """
        parts = [
            "working_memory",
            getattr(memory, "namespace", None),
            getattr(memory, "user_id", None),
        ]
        prefix = ":".join(p for p in parts if p) + ":"
        key = self.server_key()
        return key.startswith(prefix) and len(key) > len(prefix)

    def refuse_shared_key(self, memory: Any, *, own_key_only: bool = False) -> None:
        """Raise MemoryValidationError if a session of another scope that the server
        returned for this one may be stored under this scope's key: writing would replace
        it (see ``may_share_key_with``).

        ``own_key_only``: the server reads a session under its own key alone (releases
        before 0.15, which also echo the namespace asked for rather than the one stored),
        so whatever session it returned for this scope is stored under this scope's key.
        """
        if own_key_only or self.may_share_key_with(memory):
            # Before 0.15 the namespace in the answer is the one asked for: leave it out.
            namespace = None if own_key_only else memory.namespace
            other = Scope(user_id=memory.user_id, namespace=namespace)
            raise MemoryValidationError(
                f"the server stores the session of {self.describe()} under the same key as a "
                f"session of {other.describe()} (it joins ids with ':'); writing it would "
                "overwrite that session, so nothing was written"
            )

    def not_found(self) -> MemoryNotFoundError:
        """The error for a session that does not exist in this scope (whatever else does)."""
        detail = f"Session {self.session_id} not found"
        return MemoryNotFoundError(
            f"get_working_memory failed with HTTP 404: {detail}",
            status_code=404,
            detail=detail,
            operation="get_working_memory",
        )

    def describe(self) -> str:
        parts = [f"{k}={v!r}" for k, v in vars(self).items() if v is not None]
        return ", ".join(parts) or "no scope"
