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
    from ..models.annotations import Annotations
    from ..models.text_content_meta_type_0 import TextContentMetaType0


T = TypeVar("T", bound="TextContent")


@_attrs_define
class TextContent:
    """Text content for a message.

    Attributes:
        text (str):
        type_ (Literal['text']):
        field_meta (None | TextContentMetaType0 | Unset):
        annotations (Annotations | None | Unset):
    """

    text: str
    type_: Literal["text"]
    field_meta: None | TextContentMetaType0 | Unset = UNSET
    annotations: Annotations | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.annotations import Annotations
        from ..models.text_content_meta_type_0 import TextContentMetaType0

        text = self.text

        type_ = self.type_

        field_meta: dict[str, Any] | None | Unset
        if isinstance(self.field_meta, Unset):
            field_meta = UNSET
        elif isinstance(self.field_meta, TextContentMetaType0):
            field_meta = self.field_meta.to_dict()
        else:
            field_meta = self.field_meta

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, Annotations):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "type": type_,
            }
        )
        if field_meta is not UNSET:
            field_dict["_meta"] = field_meta
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations import Annotations
        from ..models.text_content_meta_type_0 import TextContentMetaType0

        d = dict(src_dict)
        text = d.pop("text")

        type_ = cast(Literal["text"], d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        def _parse_field_meta(data: object) -> None | TextContentMetaType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_meta_type_0 = TextContentMetaType0.from_dict(data)

                return field_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TextContentMetaType0 | Unset, data)

        field_meta = _parse_field_meta(d.pop("_meta", UNSET))

        def _parse_annotations(data: object) -> Annotations | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_type_0 = Annotations.from_dict(data)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Annotations | None | Unset, data)

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        text_content = cls(
            text=text,
            type_=type_,
            field_meta=field_meta,
            annotations=annotations,
        )

        text_content.additional_properties = d
        return text_content

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
