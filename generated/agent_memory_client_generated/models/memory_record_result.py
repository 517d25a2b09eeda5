from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.memory_record_result_discrete_memory_extracted import (
    MemoryRecordResultDiscreteMemoryExtracted,
    check_memory_record_result_discrete_memory_extracted,
)
from ..models.memory_type_enum import MemoryTypeEnum, check_memory_type_enum
from ..models.search_score_type_enum import (
    SearchScoreTypeEnum,
    check_search_score_type_enum,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.memory_record_result_extraction_strategy_config import (
        MemoryRecordResultExtractionStrategyConfig,
    )


T = TypeVar("T", bound="MemoryRecordResult")


@_attrs_define
class MemoryRecordResult:
    """Result from a memory search

    Attributes:
        dist (float):
        id (str): Client-provided ID for deduplication and overwrites
        text (str):
        access_count (int | Unset): Number of times this memory has been accessed (best-effort, rate-limited) Default:
            0.
        created_at (datetime.datetime | Unset): Datetime when the memory was created
        discrete_memory_extracted (MemoryRecordResultDiscreteMemoryExtracted | Unset): Whether memory extraction has run
            for this memory Default: 'f'.
        entities (list[str] | None | Unset): Optional entities for the memory record
        event_date (datetime.datetime | None | Unset): Date/time when the event described in this memory occurred
            (primarily for episodic memories)
        extracted_from (list[str] | None | Unset): List of message IDs that this memory was extracted from
        extraction_strategy (str | Unset): Memory extraction strategy used when this was promoted from working memory
            Default: 'discrete'.
        extraction_strategy_config (MemoryRecordResultExtractionStrategyConfig | Unset): Configuration for the
            extraction strategy used
        last_accessed (datetime.datetime | Unset): Datetime when the memory was last accessed
        memory_hash (None | str | Unset): Hash representation of the memory for deduplication
        memory_type (MemoryTypeEnum | Unset): Enum for memory types with string values
        namespace (None | str | Unset): Optional namespace for the memory record
        persisted_at (datetime.datetime | None | Unset): Server-assigned timestamp when memory was persisted to long-
            term storage
        pinned (bool | Unset): Whether this memory is pinned and should not be auto-deleted Default: False.
        score (float | None | Unset): Normalized relevance score for the selected search mode (0-1)
        score_type (None | SearchScoreTypeEnum | Unset): Search mode used to produce the normalized score
        session_id (None | str | Unset): Optional session ID for the memory record
        topics (list[str] | None | Unset): Optional topics for the memory record
        updated_at (datetime.datetime | Unset): Datetime when the memory was last updated
        user_id (None | str | Unset): Optional user ID for the memory record
    """

    dist: float
    id: str
    text: str
    access_count: int | Unset = 0
    created_at: datetime.datetime | Unset = UNSET
    discrete_memory_extracted: MemoryRecordResultDiscreteMemoryExtracted | Unset = "f"
    entities: list[str] | None | Unset = UNSET
    event_date: datetime.datetime | None | Unset = UNSET
    extracted_from: list[str] | None | Unset = UNSET
    extraction_strategy: str | Unset = "discrete"
    extraction_strategy_config: MemoryRecordResultExtractionStrategyConfig | Unset = (
        UNSET
    )
    last_accessed: datetime.datetime | Unset = UNSET
    memory_hash: None | str | Unset = UNSET
    memory_type: MemoryTypeEnum | Unset = UNSET
    namespace: None | str | Unset = UNSET
    persisted_at: datetime.datetime | None | Unset = UNSET
    pinned: bool | Unset = False
    score: float | None | Unset = UNSET
    score_type: None | SearchScoreTypeEnum | Unset = UNSET
    session_id: None | str | Unset = UNSET
    topics: list[str] | None | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dist = self.dist

        id = self.id

        text = self.text

        access_count = self.access_count

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        discrete_memory_extracted: str | Unset = UNSET
        if not isinstance(self.discrete_memory_extracted, Unset):
            discrete_memory_extracted = self.discrete_memory_extracted

        entities: list[str] | None | Unset
        if isinstance(self.entities, Unset):
            entities = UNSET
        elif isinstance(self.entities, list):
            entities = self.entities

        else:
            entities = self.entities

        event_date: None | str | Unset
        if isinstance(self.event_date, Unset):
            event_date = UNSET
        elif isinstance(self.event_date, datetime.datetime):
            event_date = self.event_date.isoformat()
        else:
            event_date = self.event_date

        extracted_from: list[str] | None | Unset
        if isinstance(self.extracted_from, Unset):
            extracted_from = UNSET
        elif isinstance(self.extracted_from, list):
            extracted_from = self.extracted_from

        else:
            extracted_from = self.extracted_from

        extraction_strategy = self.extraction_strategy

        extraction_strategy_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extraction_strategy_config, Unset):
            extraction_strategy_config = self.extraction_strategy_config.to_dict()

        last_accessed: str | Unset = UNSET
        if not isinstance(self.last_accessed, Unset):
            last_accessed = self.last_accessed.isoformat()

        memory_hash: None | str | Unset
        if isinstance(self.memory_hash, Unset):
            memory_hash = UNSET
        else:
            memory_hash = self.memory_hash

        memory_type: str | Unset = UNSET
        if not isinstance(self.memory_type, Unset):
            memory_type = self.memory_type

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        persisted_at: None | str | Unset
        if isinstance(self.persisted_at, Unset):
            persisted_at = UNSET
        elif isinstance(self.persisted_at, datetime.datetime):
            persisted_at = self.persisted_at.isoformat()
        else:
            persisted_at = self.persisted_at

        pinned = self.pinned

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        score_type: None | str | Unset
        if isinstance(self.score_type, Unset):
            score_type = UNSET
        elif isinstance(self.score_type, str):
            score_type = self.score_type
        else:
            score_type = self.score_type

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        topics: list[str] | None | Unset
        if isinstance(self.topics, Unset):
            topics = UNSET
        elif isinstance(self.topics, list):
            topics = self.topics

        else:
            topics = self.topics

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dist": dist,
                "id": id,
                "text": text,
            }
        )
        if access_count is not UNSET:
            field_dict["access_count"] = access_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if discrete_memory_extracted is not UNSET:
            field_dict["discrete_memory_extracted"] = discrete_memory_extracted
        if entities is not UNSET:
            field_dict["entities"] = entities
        if event_date is not UNSET:
            field_dict["event_date"] = event_date
        if extracted_from is not UNSET:
            field_dict["extracted_from"] = extracted_from
        if extraction_strategy is not UNSET:
            field_dict["extraction_strategy"] = extraction_strategy
        if extraction_strategy_config is not UNSET:
            field_dict["extraction_strategy_config"] = extraction_strategy_config
        if last_accessed is not UNSET:
            field_dict["last_accessed"] = last_accessed
        if memory_hash is not UNSET:
            field_dict["memory_hash"] = memory_hash
        if memory_type is not UNSET:
            field_dict["memory_type"] = memory_type
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if persisted_at is not UNSET:
            field_dict["persisted_at"] = persisted_at
        if pinned is not UNSET:
            field_dict["pinned"] = pinned
        if score is not UNSET:
            field_dict["score"] = score
        if score_type is not UNSET:
            field_dict["score_type"] = score_type
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if topics is not UNSET:
            field_dict["topics"] = topics
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.memory_record_result_extraction_strategy_config import (
            MemoryRecordResultExtractionStrategyConfig,
        )

        d = dict(src_dict)
        dist = d.pop("dist")

        id = d.pop("id")

        text = d.pop("text")

        access_count = d.pop("access_count", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except ValueError:
                created_at = isoparse(_created_at)

        _discrete_memory_extracted = d.pop("discrete_memory_extracted", UNSET)
        discrete_memory_extracted: MemoryRecordResultDiscreteMemoryExtracted | Unset
        if isinstance(_discrete_memory_extracted, Unset):
            discrete_memory_extracted = UNSET
        else:
            discrete_memory_extracted = (
                check_memory_record_result_discrete_memory_extracted(
                    _discrete_memory_extracted
                )
            )

        def _parse_entities(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entities_type_0 = cast(list[str], data)

                return entities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        entities = _parse_entities(d.pop("entities", UNSET))

        def _parse_event_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                try:
                    event_date_type_0 = datetime.datetime.fromisoformat(data)
                except ValueError:
                    event_date_type_0 = isoparse(data)

                return event_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        event_date = _parse_event_date(d.pop("event_date", UNSET))

        def _parse_extracted_from(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                extracted_from_type_0 = cast(list[str], data)

                return extracted_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        extracted_from = _parse_extracted_from(d.pop("extracted_from", UNSET))

        extraction_strategy = d.pop("extraction_strategy", UNSET)

        _extraction_strategy_config = d.pop("extraction_strategy_config", UNSET)
        extraction_strategy_config: MemoryRecordResultExtractionStrategyConfig | Unset
        if isinstance(_extraction_strategy_config, Unset):
            extraction_strategy_config = UNSET
        else:
            extraction_strategy_config = (
                MemoryRecordResultExtractionStrategyConfig.from_dict(
                    _extraction_strategy_config
                )
            )

        _last_accessed = d.pop("last_accessed", UNSET)
        last_accessed: datetime.datetime | Unset
        if isinstance(_last_accessed, Unset):
            last_accessed = UNSET
        else:
            try:
                last_accessed = datetime.datetime.fromisoformat(_last_accessed)
            except ValueError:
                last_accessed = isoparse(_last_accessed)

        def _parse_memory_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memory_hash = _parse_memory_hash(d.pop("memory_hash", UNSET))

        _memory_type = d.pop("memory_type", UNSET)
        memory_type: MemoryTypeEnum | Unset
        if isinstance(_memory_type, Unset):
            memory_type = UNSET
        else:
            memory_type = check_memory_type_enum(_memory_type)

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        def _parse_persisted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                try:
                    persisted_at_type_0 = datetime.datetime.fromisoformat(data)
                except ValueError:
                    persisted_at_type_0 = isoparse(data)

                return persisted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        persisted_at = _parse_persisted_at(d.pop("persisted_at", UNSET))

        pinned = d.pop("pinned", UNSET)

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_score_type(data: object) -> None | SearchScoreTypeEnum | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                score_type_type_0 = check_search_score_type_enum(data)

                return score_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SearchScoreTypeEnum | Unset, data)

        score_type = _parse_score_type(d.pop("score_type", UNSET))

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_topics(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                topics_type_0 = cast(list[str], data)

                return topics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        topics = _parse_topics(d.pop("topics", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except ValueError:
                updated_at = isoparse(_updated_at)

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        memory_record_result = cls(
            dist=dist,
            id=id,
            text=text,
            access_count=access_count,
            created_at=created_at,
            discrete_memory_extracted=discrete_memory_extracted,
            entities=entities,
            event_date=event_date,
            extracted_from=extracted_from,
            extraction_strategy=extraction_strategy,
            extraction_strategy_config=extraction_strategy_config,
            last_accessed=last_accessed,
            memory_hash=memory_hash,
            memory_type=memory_type,
            namespace=namespace,
            persisted_at=persisted_at,
            pinned=pinned,
            score=score,
            score_type=score_type,
            session_id=session_id,
            topics=topics,
            updated_at=updated_at,
            user_id=user_id,
        )

        memory_record_result.additional_properties = d
        return memory_record_result

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
