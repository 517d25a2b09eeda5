from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.summary_view_partition_result_group import (
        SummaryViewPartitionResultGroup,
    )


T = TypeVar("T", bound="SummaryViewPartitionResult")


@_attrs_define
class SummaryViewPartitionResult:
    """Result of summarizing one partition of a SummaryView.

    A partition is defined by a concrete combination of the view's
    group_by fields, e.g. {"user_id": "alice"} or
    {"user_id": "alice", "namespace": "chat"}.

        Attributes:
            group (SummaryViewPartitionResultGroup): Concrete values for the view's group_by fields
            memory_count (int): Number of memories that contributed to this summary
            summary (str): Summarized text for this partition
            view_id (str): ID of the SummaryView that produced this result
            computed_at (datetime.datetime | Unset): When this summary was computed
    """

    group: SummaryViewPartitionResultGroup
    memory_count: int
    summary: str
    view_id: str
    computed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group.to_dict()

        memory_count = self.memory_count

        summary = self.summary

        view_id = self.view_id

        computed_at: str | Unset = UNSET
        if not isinstance(self.computed_at, Unset):
            computed_at = self.computed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
                "memory_count": memory_count,
                "summary": summary,
                "view_id": view_id,
            }
        )
        if computed_at is not UNSET:
            field_dict["computed_at"] = computed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.summary_view_partition_result_group import (
            SummaryViewPartitionResultGroup,
        )

        d = dict(src_dict)
        group = SummaryViewPartitionResultGroup.from_dict(d.pop("group"))

        memory_count = d.pop("memory_count")

        summary = d.pop("summary")

        view_id = d.pop("view_id")

        _computed_at = d.pop("computed_at", UNSET)
        computed_at: datetime.datetime | Unset
        if isinstance(_computed_at, Unset):
            computed_at = UNSET
        else:
            try:
                computed_at = datetime.datetime.fromisoformat(_computed_at)
            except ValueError:
                computed_at = isoparse(_computed_at)

        summary_view_partition_result = cls(
            group=group,
            memory_count=memory_count,
            summary=summary,
            view_id=view_id,
            computed_at=computed_at,
        )

        summary_view_partition_result.additional_properties = d
        return summary_view_partition_result

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
