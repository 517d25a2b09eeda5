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
    from ..models.icon import Icon
    from ..models.resource_link_meta_type_0 import ResourceLinkMetaType0


T = TypeVar("T", bound="ResourceLink")


@_attrs_define
class ResourceLink:
    """A resource that the server is capable of reading, included in a prompt or tool call result.

    Note: resource links returned by tools are not guaranteed to appear in the results of `resources/list` requests.

        Attributes:
            name (str):
            type_ (Literal['resource_link']):
            uri (str):
            field_meta (None | ResourceLinkMetaType0 | Unset):
            annotations (Annotations | None | Unset):
            description (None | str | Unset):
            icons (list[Icon] | None | Unset):
            mime_type (None | str | Unset):
            size (int | None | Unset):
            title (None | str | Unset):
    """

    name: str
    type_: Literal["resource_link"]
    uri: str
    field_meta: None | ResourceLinkMetaType0 | Unset = UNSET
    annotations: Annotations | None | Unset = UNSET
    description: None | str | Unset = UNSET
    icons: list[Icon] | None | Unset = UNSET
    mime_type: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.annotations import Annotations
        from ..models.resource_link_meta_type_0 import ResourceLinkMetaType0

        name = self.name

        type_ = self.type_

        uri = self.uri

        field_meta: dict[str, Any] | None | Unset
        if isinstance(self.field_meta, Unset):
            field_meta = UNSET
        elif isinstance(self.field_meta, ResourceLinkMetaType0):
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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        icons: list[dict[str, Any]] | None | Unset
        if isinstance(self.icons, Unset):
            icons = UNSET
        elif isinstance(self.icons, list):
            icons = []
            for icons_type_0_item_data in self.icons:
                icons_type_0_item = icons_type_0_item_data.to_dict()
                icons.append(icons_type_0_item)

        else:
            icons = self.icons

        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "uri": uri,
            }
        )
        if field_meta is not UNSET:
            field_dict["_meta"] = field_meta
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if description is not UNSET:
            field_dict["description"] = description
        if icons is not UNSET:
            field_dict["icons"] = icons
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if size is not UNSET:
            field_dict["size"] = size
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations import Annotations
        from ..models.icon import Icon
        from ..models.resource_link_meta_type_0 import ResourceLinkMetaType0

        d = dict(src_dict)
        name = d.pop("name")

        type_ = cast(Literal["resource_link"], d.pop("type"))
        if type_ != "resource_link":
            raise ValueError(f"type must match const 'resource_link', got '{type_}'")

        uri = d.pop("uri")

        def _parse_field_meta(data: object) -> None | ResourceLinkMetaType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_meta_type_0 = ResourceLinkMetaType0.from_dict(data)

                return field_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceLinkMetaType0 | Unset, data)

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_icons(data: object) -> list[Icon] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                icons_type_0 = []
                _icons_type_0 = data
                for icons_type_0_item_data in _icons_type_0:
                    icons_type_0_item = Icon.from_dict(icons_type_0_item_data)

                    icons_type_0.append(icons_type_0_item)

                return icons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Icon] | None | Unset, data)

        icons = _parse_icons(d.pop("icons", UNSET))

        def _parse_mime_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mime_type = _parse_mime_type(d.pop("mimeType", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        resource_link = cls(
            name=name,
            type_=type_,
            uri=uri,
            field_meta=field_meta,
            annotations=annotations,
            description=description,
            icons=icons,
            mime_type=mime_type,
            size=size,
            title=title,
        )

        resource_link.additional_properties = d
        return resource_link

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
