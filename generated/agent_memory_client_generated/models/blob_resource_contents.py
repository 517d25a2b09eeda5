from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blob_resource_contents_meta_type_0 import (
        BlobResourceContentsMetaType0,
    )


T = TypeVar("T", bound="BlobResourceContents")


@_attrs_define
class BlobResourceContents:
    """Binary contents of a resource.

    Attributes:
        blob (str):
        uri (str):
        field_meta (BlobResourceContentsMetaType0 | None | Unset):
        mime_type (None | str | Unset):
    """

    blob: str
    uri: str
    field_meta: BlobResourceContentsMetaType0 | None | Unset = UNSET
    mime_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.blob_resource_contents_meta_type_0 import (
            BlobResourceContentsMetaType0,
        )

        blob = self.blob

        uri = self.uri

        field_meta: dict[str, Any] | None | Unset
        if isinstance(self.field_meta, Unset):
            field_meta = UNSET
        elif isinstance(self.field_meta, BlobResourceContentsMetaType0):
            field_meta = self.field_meta.to_dict()
        else:
            field_meta = self.field_meta

        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blob": blob,
                "uri": uri,
            }
        )
        if field_meta is not UNSET:
            field_dict["_meta"] = field_meta
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.blob_resource_contents_meta_type_0 import (
            BlobResourceContentsMetaType0,
        )

        d = dict(src_dict)
        blob = d.pop("blob")

        uri = d.pop("uri")

        def _parse_field_meta(
            data: object,
        ) -> BlobResourceContentsMetaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_meta_type_0 = BlobResourceContentsMetaType0.from_dict(data)

                return field_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlobResourceContentsMetaType0 | None | Unset, data)

        field_meta = _parse_field_meta(d.pop("_meta", UNSET))

        def _parse_mime_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mime_type = _parse_mime_type(d.pop("mimeType", UNSET))

        blob_resource_contents = cls(
            blob=blob,
            uri=uri,
            field_meta=field_meta,
            mime_type=mime_type,
        )

        blob_resource_contents.additional_properties = d
        return blob_resource_contents

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
