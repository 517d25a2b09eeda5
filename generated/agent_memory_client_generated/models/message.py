from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_role import MessageRole, check_message_role

if TYPE_CHECKING:
    from ..models.audio_content import AudioContent
    from ..models.embedded_resource import EmbeddedResource
    from ..models.image_content import ImageContent
    from ..models.resource_link import ResourceLink
    from ..models.text_content import TextContent


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """Base class for all prompt messages.

    Attributes:
        content (AudioContent | EmbeddedResource | ImageContent | ResourceLink | TextContent):
        role (MessageRole):
    """

    content: AudioContent | EmbeddedResource | ImageContent | ResourceLink | TextContent
    role: MessageRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audio_content import AudioContent
        from ..models.image_content import ImageContent
        from ..models.resource_link import ResourceLink
        from ..models.text_content import TextContent

        content: dict[str, Any]
        if isinstance(self.content, TextContent):
            content = self.content.to_dict()
        elif isinstance(self.content, ImageContent):
            content = self.content.to_dict()
        elif isinstance(self.content, AudioContent):
            content = self.content.to_dict()
        elif isinstance(self.content, ResourceLink):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        role: str = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_content import AudioContent
        from ..models.embedded_resource import EmbeddedResource
        from ..models.image_content import ImageContent
        from ..models.resource_link import ResourceLink
        from ..models.text_content import TextContent

        d = dict(src_dict)

        def _parse_content(
            data: object,
        ) -> (
            AudioContent | EmbeddedResource | ImageContent | ResourceLink | TextContent
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_0 = TextContent.from_dict(data)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_1 = ImageContent.from_dict(data)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_2 = AudioContent.from_dict(data)

                return content_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_3 = ResourceLink.from_dict(data)

                return content_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            content_type_4 = EmbeddedResource.from_dict(data)

            return content_type_4

        content = _parse_content(d.pop("content"))

        role = check_message_role(d.pop("role"))

        message = cls(
            content=content,
            role=role,
        )

        message.additional_properties = d
        return message

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
