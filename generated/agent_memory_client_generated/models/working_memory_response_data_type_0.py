from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.working_memory_response_data_type_0_additional_property_type_5 import (
        WorkingMemoryResponseDataType0AdditionalPropertyType5,
    )


T = TypeVar("T", bound="WorkingMemoryResponseDataType0")


@_attrs_define
class WorkingMemoryResponseDataType0:
    """ """

    additional_properties: dict[
        str,
        bool
        | float
        | int
        | list[Any]
        | str
        | WorkingMemoryResponseDataType0AdditionalPropertyType5,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.working_memory_response_data_type_0_additional_property_type_5 import (
            WorkingMemoryResponseDataType0AdditionalPropertyType5,
        )

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            elif isinstance(
                prop, WorkingMemoryResponseDataType0AdditionalPropertyType5
            ):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.working_memory_response_data_type_0_additional_property_type_5 import (
            WorkingMemoryResponseDataType0AdditionalPropertyType5,
        )

        d = dict(src_dict)
        working_memory_response_data_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                bool
                | float
                | int
                | list[Any]
                | str
                | WorkingMemoryResponseDataType0AdditionalPropertyType5
            ):
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    additional_property_type_4 = cast(list[Any], data)

                    return additional_property_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_5 = (
                        WorkingMemoryResponseDataType0AdditionalPropertyType5.from_dict(
                            data
                        )
                    )

                    return additional_property_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    bool
                    | float
                    | int
                    | list[Any]
                    | str
                    | WorkingMemoryResponseDataType0AdditionalPropertyType5,
                    data,
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        working_memory_response_data_type_0.additional_properties = (
            additional_properties
        )
        return working_memory_response_data_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        bool
        | float
        | int
        | list[Any]
        | str
        | WorkingMemoryResponseDataType0AdditionalPropertyType5
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: bool
        | float
        | int
        | list[Any]
        | str
        | WorkingMemoryResponseDataType0AdditionalPropertyType5,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
