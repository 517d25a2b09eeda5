from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.working_memory_request_model_name_type_0 import (
    WorkingMemoryRequestModelNameType0,
    check_working_memory_request_model_name_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.memory_strategy_config import MemoryStrategyConfig


T = TypeVar("T", bound="WorkingMemoryRequest")


@_attrs_define
class WorkingMemoryRequest:
    """Request parameters for working memory operations

    Attributes:
        session_id (str):
        context_window_max (int | None | Unset):
        long_term_memory_strategy (MemoryStrategyConfig | None | Unset): Configuration for memory extraction strategy
            when promoting to long-term memory
        model_name (None | Unset | WorkingMemoryRequestModelNameType0):
        namespace (None | str | Unset):
        user_id (None | str | Unset):
    """

    session_id: str
    context_window_max: int | None | Unset = UNSET
    long_term_memory_strategy: MemoryStrategyConfig | None | Unset = UNSET
    model_name: None | Unset | WorkingMemoryRequestModelNameType0 = UNSET
    namespace: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.memory_strategy_config import MemoryStrategyConfig

        session_id = self.session_id

        context_window_max: int | None | Unset
        if isinstance(self.context_window_max, Unset):
            context_window_max = UNSET
        else:
            context_window_max = self.context_window_max

        long_term_memory_strategy: dict[str, Any] | None | Unset
        if isinstance(self.long_term_memory_strategy, Unset):
            long_term_memory_strategy = UNSET
        elif isinstance(self.long_term_memory_strategy, MemoryStrategyConfig):
            long_term_memory_strategy = self.long_term_memory_strategy.to_dict()
        else:
            long_term_memory_strategy = self.long_term_memory_strategy

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, str):
            model_name = self.model_name
        else:
            model_name = self.model_name

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
            }
        )
        if context_window_max is not UNSET:
            field_dict["context_window_max"] = context_window_max
        if long_term_memory_strategy is not UNSET:
            field_dict["long_term_memory_strategy"] = long_term_memory_strategy
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.memory_strategy_config import MemoryStrategyConfig

        d = dict(src_dict)
        session_id = d.pop("session_id")

        def _parse_context_window_max(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        context_window_max = _parse_context_window_max(
            d.pop("context_window_max", UNSET)
        )

        def _parse_long_term_memory_strategy(
            data: object,
        ) -> MemoryStrategyConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                long_term_memory_strategy_type_0 = MemoryStrategyConfig.from_dict(data)

                return long_term_memory_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemoryStrategyConfig | None | Unset, data)

        long_term_memory_strategy = _parse_long_term_memory_strategy(
            d.pop("long_term_memory_strategy", UNSET)
        )

        def _parse_model_name(
            data: object,
        ) -> None | Unset | WorkingMemoryRequestModelNameType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_name_type_0 = check_working_memory_request_model_name_type_0(data)

                return model_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkingMemoryRequestModelNameType0, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        working_memory_request = cls(
            session_id=session_id,
            context_window_max=context_window_max,
            long_term_memory_strategy=long_term_memory_strategy,
            model_name=model_name,
            namespace=namespace,
            user_id=user_id,
        )

        working_memory_request.additional_properties = d
        return working_memory_request

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
