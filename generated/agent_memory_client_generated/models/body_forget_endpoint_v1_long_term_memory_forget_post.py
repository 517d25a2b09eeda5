from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.body_forget_endpoint_v1_long_term_memory_forget_post_policy import (
        BodyForgetEndpointV1LongTermMemoryForgetPostPolicy,
    )


T = TypeVar("T", bound="BodyForgetEndpointV1LongTermMemoryForgetPost")


@_attrs_define
class BodyForgetEndpointV1LongTermMemoryForgetPost:
    """
    Attributes:
        policy (BodyForgetEndpointV1LongTermMemoryForgetPostPolicy):
        pinned_ids (list[str] | None | Unset):
    """

    policy: BodyForgetEndpointV1LongTermMemoryForgetPostPolicy
    pinned_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy = self.policy.to_dict()

        pinned_ids: list[str] | None | Unset
        if isinstance(self.pinned_ids, Unset):
            pinned_ids = UNSET
        elif isinstance(self.pinned_ids, list):
            pinned_ids = self.pinned_ids

        else:
            pinned_ids = self.pinned_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policy": policy,
            }
        )
        if pinned_ids is not UNSET:
            field_dict["pinned_ids"] = pinned_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.body_forget_endpoint_v1_long_term_memory_forget_post_policy import (
            BodyForgetEndpointV1LongTermMemoryForgetPostPolicy,
        )

        d = dict(src_dict)
        policy = BodyForgetEndpointV1LongTermMemoryForgetPostPolicy.from_dict(
            d.pop("policy")
        )

        def _parse_pinned_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pinned_ids_type_0 = cast(list[str], data)

                return pinned_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        pinned_ids = _parse_pinned_ids(d.pop("pinned_ids", UNSET))

        body_forget_endpoint_v1_long_term_memory_forget_post = cls(
            policy=policy,
            pinned_ids=pinned_ids,
        )

        body_forget_endpoint_v1_long_term_memory_forget_post.additional_properties = d
        return body_forget_endpoint_v1_long_term_memory_forget_post

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
