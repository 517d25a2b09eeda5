from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memory_strategy_config_strategy import (
    MemoryStrategyConfigStrategy,
    check_memory_strategy_config_strategy,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.memory_strategy_config_config import MemoryStrategyConfigConfig


T = TypeVar("T", bound="MemoryStrategyConfig")


@_attrs_define
class MemoryStrategyConfig:
    """Configuration for memory extraction strategy.

    Attributes:
        config (MemoryStrategyConfigConfig | Unset): Strategy-specific configuration options
        strategy (MemoryStrategyConfigStrategy | Unset): Type of memory extraction strategy to use Default: 'discrete'.
    """

    config: MemoryStrategyConfigConfig | Unset = UNSET
    strategy: MemoryStrategyConfigStrategy | Unset = "discrete"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.memory_strategy_config_config import MemoryStrategyConfigConfig

        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: MemoryStrategyConfigConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = MemoryStrategyConfigConfig.from_dict(_config)

        _strategy = d.pop("strategy", UNSET)
        strategy: MemoryStrategyConfigStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = check_memory_strategy_config_strategy(_strategy)

        memory_strategy_config = cls(
            config=config,
            strategy=strategy,
        )

        memory_strategy_config.additional_properties = d
        return memory_strategy_config

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
