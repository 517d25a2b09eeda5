"""AnnotationsAudienceType0Item: one of assistant, user."""

from typing import Literal

AnnotationsAudienceType0Item = Literal["assistant", "user"]

ANNOTATIONS_AUDIENCE_TYPE_0_ITEM_VALUES: frozenset[AnnotationsAudienceType0Item] = (
    frozenset(
        {
            "assistant",
            "user",
        }
    )
)
