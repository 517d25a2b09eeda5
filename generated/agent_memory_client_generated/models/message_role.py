"""MessageRole: one of assistant, user."""

from typing import Literal

MessageRole = Literal["assistant", "user"]

MESSAGE_ROLE_VALUES: frozenset[MessageRole] = frozenset(
    {
        "assistant",
        "user",
    }
)
