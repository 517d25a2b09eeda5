from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventDate")


@_attrs_define
class EventDate:
    """
    Attributes:
        between (list[datetime.datetime] | None | Unset):
        eq (datetime.datetime | None | Unset):
        field (str | Unset):  Default: 'event_date'.
        gt (datetime.datetime | None | Unset):
        gte (datetime.datetime | None | Unset):
        inclusive (str | Unset):  Default: 'both'.
        lt (datetime.datetime | None | Unset):
        lte (datetime.datetime | None | Unset):
        ne (datetime.datetime | None | Unset):
    """

    between: list[datetime.datetime] | None | Unset = UNSET
    eq: datetime.datetime | None | Unset = UNSET
    field: str | Unset = "event_date"
    gt: datetime.datetime | None | Unset = UNSET
    gte: datetime.datetime | None | Unset = UNSET
    inclusive: str | Unset = "both"
    lt: datetime.datetime | None | Unset = UNSET
    lte: datetime.datetime | None | Unset = UNSET
    ne: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        between: list[str] | None | Unset
        if isinstance(self.between, Unset):
            between = UNSET
        elif isinstance(self.between, list):
            between = []
            for between_type_0_item_data in self.between:
                between_type_0_item = between_type_0_item_data.isoformat()
                between.append(between_type_0_item)

        else:
            between = self.between

        eq: None | str | Unset
        if isinstance(self.eq, Unset):
            eq = UNSET
        elif isinstance(self.eq, datetime.datetime):
            eq = self.eq.isoformat()
        else:
            eq = self.eq

        field = self.field

        gt: None | str | Unset
        if isinstance(self.gt, Unset):
            gt = UNSET
        elif isinstance(self.gt, datetime.datetime):
            gt = self.gt.isoformat()
        else:
            gt = self.gt

        gte: None | str | Unset
        if isinstance(self.gte, Unset):
            gte = UNSET
        elif isinstance(self.gte, datetime.datetime):
            gte = self.gte.isoformat()
        else:
            gte = self.gte

        inclusive = self.inclusive

        lt: None | str | Unset
        if isinstance(self.lt, Unset):
            lt = UNSET
        elif isinstance(self.lt, datetime.datetime):
            lt = self.lt.isoformat()
        else:
            lt = self.lt

        lte: None | str | Unset
        if isinstance(self.lte, Unset):
            lte = UNSET
        elif isinstance(self.lte, datetime.datetime):
            lte = self.lte.isoformat()
        else:
            lte = self.lte

        ne: None | str | Unset
        if isinstance(self.ne, Unset):
            ne = UNSET
        elif isinstance(self.ne, datetime.datetime):
            ne = self.ne.isoformat()
        else:
            ne = self.ne

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if between is not UNSET:
            field_dict["between"] = between
        if eq is not UNSET:
            field_dict["eq"] = eq
        if field is not UNSET:
            field_dict["field"] = field
        if gt is not UNSET:
            field_dict["gt"] = gt
        if gte is not UNSET:
            field_dict["gte"] = gte
        if inclusive is not UNSET:
            field_dict["inclusive"] = inclusive
        if lt is not UNSET:
            field_dict["lt"] = lt
        if lte is not UNSET:
            field_dict["lte"] = lte
        if ne is not UNSET:
            field_dict["ne"] = ne

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_between(data: object) -> list[datetime.datetime] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                between_type_0 = []
                _between_type_0 = data
                for between_type_0_item_data in _between_type_0:
                    try:
                        between_type_0_item = datetime.datetime.fromisoformat(
                            between_type_0_item_data
                        )
                    except ValueError:
                        between_type_0_item = isoparse(between_type_0_item_data)

                    between_type_0.append(between_type_0_item)

                return between_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[datetime.datetime] | None | Unset, data)

        between = _parse_between(d.pop("between", UNSET))

        def _parse_eq(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                try:
                    eq_type_0 = datetime.datetime.fromisoformat(data)
                except ValueError:
                    eq_type_0 = isoparse(data)

                return eq_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        eq = _parse_eq(d.pop("eq", UNSET))

        field = d.pop("field", UNSET)

        def _parse_gt(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                try:
                    gt_type_0 = datetime.datetime.fromisoformat(data)
                except ValueError:
                    gt_type_0 = isoparse(data)

                return gt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        gt = _parse_gt(d.pop("gt", UNSET))

        def _parse_gte(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                try:
                    gte_type_0 = datetime.datetime.fromisoformat(data)
                except ValueError:
                    gte_type_0 = isoparse(data)

                return gte_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        gte = _parse_gte(d.pop("gte", UNSET))

        inclusive = d.pop("inclusive", UNSET)

        def _parse_lt(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                try:
                    lt_type_0 = datetime.datetime.fromisoformat(data)
                except ValueError:
                    lt_type_0 = isoparse(data)

                return lt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        lt = _parse_lt(d.pop("lt", UNSET))

        def _parse_lte(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                try:
                    lte_type_0 = datetime.datetime.fromisoformat(data)
                except ValueError:
                    lte_type_0 = isoparse(data)

                return lte_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        lte = _parse_lte(d.pop("lte", UNSET))

        def _parse_ne(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                try:
                    ne_type_0 = datetime.datetime.fromisoformat(data)
                except ValueError:
                    ne_type_0 = isoparse(data)

                return ne_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ne = _parse_ne(d.pop("ne", UNSET))

        event_date = cls(
            between=between,
            eq=eq,
            field=field,
            gt=gt,
            gte=gte,
            inclusive=inclusive,
            lt=lt,
            lte=lte,
            ne=ne,
        )

        event_date.additional_properties = d
        return event_date

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
