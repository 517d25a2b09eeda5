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
    from ..models.blob_resource_contents import BlobResourceContents
    from ..models.embedded_resource_meta_type_0 import EmbeddedResourceMetaType0
    from ..models.text_resource_contents import TextResourceContents


T = TypeVar("T", bound="EmbeddedResource")


@_attrs_define
class EmbeddedResource:
    """The contents of a resource, embedded into a prompt or tool call result.

    It is up to the client how best to render embedded resources for the benefit
    of the LLM and/or the user.

        Attributes:
            resource (BlobResourceContents | TextResourceContents):
            type_ (Literal['resource']):
            field_meta (EmbeddedResourceMetaType0 | None | Unset):
            annotations (Annotations | None | Unset):
    """

    resource: BlobResourceContents | TextResourceContents
    type_: Literal["resource"]
    field_meta: EmbeddedResourceMetaType0 | None | Unset = UNSET
    annotations: Annotations | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.annotations import Annotations
        from ..models.embedded_resource_meta_type_0 import EmbeddedResourceMetaType0
        from ..models.text_resource_contents import TextResourceContents

        resource: dict[str, Any]
        if isinstance(self.resource, TextResourceContents):
            resource = self.resource.to_dict()
        else:
            resource = self.resource.to_dict()

        type_ = self.type_

        field_meta: dict[str, Any] | None | Unset
        if isinstance(self.field_meta, Unset):
            field_meta = UNSET
        elif isinstance(self.field_meta, EmbeddedResourceMetaType0):
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
                "resource": resource,
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
        from ..models.blob_resource_contents import BlobResourceContents
        from ..models.embedded_resource_meta_type_0 import EmbeddedResourceMetaType0
        from ..models.text_resource_contents import TextResourceContents

        d = dict(src_dict)

        def _parse_resource(
            data: object,
        ) -> BlobResourceContents | TextResourceContents:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_type_0 = TextResourceContents.from_dict(data)

                return resource_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            resource_type_1 = BlobResourceContents.from_dict(data)

            return resource_type_1

        resource = _parse_resource(d.pop("resource"))

        type_ = cast(Literal["resource"], d.pop("type"))
        if type_ != "resource":
            raise ValueError(f"type must match const 'resource', got '{type_}'")

        def _parse_field_meta(data: object) -> EmbeddedResourceMetaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_meta_type_0 = EmbeddedResourceMetaType0.from_dict(data)

                return field_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmbeddedResourceMetaType0 | None | Unset, data)

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

        embedded_resource = cls(
            resource=resource,
            type_=type_,
            field_meta=field_meta,
            annotations=annotations,
        )

        embedded_resource.additional_properties = d
        return embedded_resource

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
