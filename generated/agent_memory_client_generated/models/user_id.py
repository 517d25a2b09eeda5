from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserId")


@_attrs_define
class UserId:
    """
    Attributes:
        all_ (list[str] | None | Unset):
        any_ (list[str] | None | Unset):
        eq (None | str | Unset):
        field (str | Unset):  Default: 'user_id'.
        ne (None | str | Unset):
        startswith (None | str | Unset):
    """

    all_: list[str] | None | Unset = UNSET
    any_: list[str] | None | Unset = UNSET
    eq: None | str | Unset = UNSET
    field: str | Unset = "user_id"
    ne: None | str | Unset = UNSET
    startswith: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_: list[str] | None | Unset
        if isinstance(self.all_, Unset):
            all_ = UNSET
        elif isinstance(self.all_, list):
            all_ = self.all_

        else:
            all_ = self.all_

        any_: list[str] | None | Unset
        if isinstance(self.any_, Unset):
            any_ = UNSET
        elif isinstance(self.any_, list):
            any_ = self.any_

        else:
            any_ = self.any_

        eq: None | str | Unset
        if isinstance(self.eq, Unset):
            eq = UNSET
        else:
            eq = self.eq

        field = self.field

        ne: None | str | Unset
        if isinstance(self.ne, Unset):
            ne = UNSET
        else:
            ne = self.ne

        startswith: None | str | Unset
        if isinstance(self.startswith, Unset):
            startswith = UNSET
        else:
            startswith = self.startswith

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_ is not UNSET:
            field_dict["all"] = all_
        if any_ is not UNSET:
            field_dict["any"] = any_
        if eq is not UNSET:
            field_dict["eq"] = eq
        if field is not UNSET:
            field_dict["field"] = field
        if ne is not UNSET:
            field_dict["ne"] = ne
        if startswith is not UNSET:
            field_dict["startswith"] = startswith

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_all_(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                all_type_0 = cast(list[str], data)

                return all_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        all_ = _parse_all_(d.pop("all", UNSET))

        def _parse_any_(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                any_type_0 = cast(list[str], data)

                return any_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        any_ = _parse_any_(d.pop("any", UNSET))

        def _parse_eq(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        eq = _parse_eq(d.pop("eq", UNSET))

        field = d.pop("field", UNSET)

        def _parse_ne(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ne = _parse_ne(d.pop("ne", UNSET))

        def _parse_startswith(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        startswith = _parse_startswith(d.pop("startswith", UNSET))

        user_id = cls(
            all_=all_,
            any_=any_,
            eq=eq,
            field=field,
            ne=ne,
            startswith=startswith,
        )

        user_id.additional_properties = d
        return user_id

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
