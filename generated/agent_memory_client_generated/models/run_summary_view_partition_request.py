from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.run_summary_view_partition_request_group import (
        RunSummaryViewPartitionRequestGroup,
    )


T = TypeVar("T", bound="RunSummaryViewPartitionRequest")


@_attrs_define
class RunSummaryViewPartitionRequest:
    """Request body for running a single partition of a SummaryView.

    Attributes:
        group (RunSummaryViewPartitionRequestGroup): Concrete values for this view's group_by fields
    """

    group: RunSummaryViewPartitionRequestGroup
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_summary_view_partition_request_group import (
            RunSummaryViewPartitionRequestGroup,
        )

        d = dict(src_dict)
        group = RunSummaryViewPartitionRequestGroup.from_dict(d.pop("group"))

        run_summary_view_partition_request = cls(
            group=group,
        )

        run_summary_view_partition_request.additional_properties = d
        return run_summary_view_partition_request

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
