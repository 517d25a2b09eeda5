from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.summary_view_source import SummaryViewSource, check_summary_view_source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.summary_view_filters import SummaryViewFilters


T = TypeVar("T", bound="SummaryView")


@_attrs_define
class SummaryView:
    """Configuration for a summary view over memories.

    A SummaryView fully specifies what pool of memories to summarize and how
    to partition and filter them, so it can be run on-demand or by a
    background worker without additional runtime parameters.

        Attributes:
            id (str): Unique identifier for the summary view
            source (SummaryViewSource): Memory source to summarize. Currently only 'long_term' is supported;
                'working_memory' is reserved for future use.
            continuous (bool | Unset): If true, background workers periodically refresh all partitions for this view.
                Default: False.
            filters (SummaryViewFilters | Unset): Static filters applied to every run (e.g. memory_type, namespace). Only a
                small, known set of keys is supported in v1.
            group_by (list[str] | Unset): Fields used to partition summaries (e.g. ['user_id'], ['user_id', 'namespace']).
            model_name (None | str | Unset): Optional model override for summarization. Defaults to a fast model from
                settings when not provided.
            name (None | str | Unset): Optional human-readable name for the view
            prompt (None | str | Unset): Optional custom summarization instructions. If omitted, a server-defined default
                prompt is used.
            time_window_days (int | None | Unset): If set, each run uses now() - time_window_days as a cutoff for eligible
                memories.
    """

    id: str
    source: SummaryViewSource
    continuous: bool | Unset = False
    filters: SummaryViewFilters | Unset = UNSET
    group_by: list[str] | Unset = UNSET
    model_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    prompt: None | str | Unset = UNSET
    time_window_days: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source: str = self.source

        continuous = self.continuous

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        group_by: list[str] | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = self.group_by

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        else:
            model_name = self.model_name

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        time_window_days: int | None | Unset
        if isinstance(self.time_window_days, Unset):
            time_window_days = UNSET
        else:
            time_window_days = self.time_window_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source": source,
            }
        )
        if continuous is not UNSET:
            field_dict["continuous"] = continuous
        if filters is not UNSET:
            field_dict["filters"] = filters
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if name is not UNSET:
            field_dict["name"] = name
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if time_window_days is not UNSET:
            field_dict["time_window_days"] = time_window_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.summary_view_filters import SummaryViewFilters

        d = dict(src_dict)
        id = d.pop("id")

        source = check_summary_view_source(d.pop("source"))

        continuous = d.pop("continuous", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: SummaryViewFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = SummaryViewFilters.from_dict(_filters)

        group_by = cast(list[str], d.pop("group_by", UNSET))

        def _parse_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_time_window_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        time_window_days = _parse_time_window_days(d.pop("time_window_days", UNSET))

        summary_view = cls(
            id=id,
            source=source,
            continuous=continuous,
            filters=filters,
            group_by=group_by,
            model_name=model_name,
            name=name,
            prompt=prompt,
            time_window_days=time_window_days,
        )

        summary_view.additional_properties = d
        return summary_view

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
