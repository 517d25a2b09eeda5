from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_content import TextContent


T = TypeVar("T", bound="SystemMessage")


@_attrs_define
class SystemMessage:
    """A system message

    Attributes:
        content (str | TextContent):
        role (Literal['system'] | Unset):  Default: 'system'.
    """

    content: str | TextContent
    role: Literal["system"] | Unset = "system"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.text_content import TextContent

        content: dict[str, Any] | str
        if isinstance(self.content, TextContent):
            content = self.content.to_dict()
        else:
            content = self.content

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_content import TextContent

        d = dict(src_dict)

        def _parse_content(data: object) -> str | TextContent:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_1 = TextContent.from_dict(data)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TextContent, data)

        content = _parse_content(d.pop("content"))

        role = cast(Literal["system"] | Unset, d.pop("role", UNSET))
        if role != "system" and not isinstance(role, Unset):
            raise ValueError(f"role must match const 'system', got '{role}'")

        system_message = cls(
            content=content,
            role=role,
        )

        system_message.additional_properties = d
        return system_message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
