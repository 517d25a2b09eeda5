from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_mode_enum import SearchModeEnum, check_search_mode_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.created_at import CreatedAt
    from ..models.entities import Entities
    from ..models.event_date import EventDate
    from ..models.last_accessed import LastAccessed
    from ..models.memory_type import MemoryType
    from ..models.namespace import Namespace
    from ..models.session_id import SessionId
    from ..models.topics import Topics
    from ..models.user_id import UserId


T = TypeVar("T", bound="SearchRequest")


@_attrs_define
class SearchRequest:
    """Payload for long-term memory search

    Attributes:
        created_at (CreatedAt | None | Unset): Optional created at timestamp to filter by
        distance_threshold (float | None | Unset): Optional distance threshold to filter by
        entities (Entities | None | Unset): Optional entities to filter by
        event_date (EventDate | None | Unset): Optional event date to filter by (for episodic memories)
        hybrid_alpha (float | Unset): For hybrid search, weight assigned to vector similarity relative to keyword
            relevance Default: 0.7.
        last_accessed (LastAccessed | None | Unset): Optional last accessed timestamp to filter by
        limit (int | Unset): Optional limit on the number of results Default: 10.
        memory_type (MemoryType | None | Unset): Optional memory type to filter by
        namespace (Namespace | None | Unset): Optional namespace to filter by
        offset (int | Unset): Optional offset Default: 0.
        recency_boost (bool | None | Unset): Enable recency-aware re-ranking (defaults to enabled if None)
        recency_freshness_weight (float | None | Unset): Weight for freshness component
        recency_half_life_created_days (float | None | Unset): Half-life (days) for created_at decay
        recency_half_life_last_access_days (float | None | Unset): Half-life (days) for last_accessed decay
        recency_novelty_weight (float | None | Unset): Weight for novelty (age) component
        recency_recency_weight (float | None | Unset): Weight for recency score
        recency_semantic_weight (float | None | Unset): Weight for semantic similarity
        search_mode (SearchModeEnum | Unset): Enum for supported long-term memory search strategies.
        server_side_recency (bool | None | Unset): If true, attempt server-side recency-aware re-ranking when supported
            by backend
        session_id (None | SessionId | Unset): Optional session ID to filter by
        text (None | str | Unset): Optional query text to use for semantic, keyword, or hybrid search
        text_scorer (str | Unset): Redis full-text scoring algorithm used for keyword and hybrid search. Defaults to
            BM25STD, a normalized BM25 variant that keeps lexical scores stable for hybrid ranking. Keyword and hybrid
            search disable Redis stopword filtering, so callers should strip obvious stopwords beforehand when they have
            language-specific context. Default: 'BM25STD'.
        topics (None | Topics | Unset): Optional topics to filter by
        user_id (None | Unset | UserId): Optional user ID to filter by
    """

    created_at: CreatedAt | None | Unset = UNSET
    distance_threshold: float | None | Unset = UNSET
    entities: Entities | None | Unset = UNSET
    event_date: EventDate | None | Unset = UNSET
    hybrid_alpha: float | Unset = 0.7
    last_accessed: LastAccessed | None | Unset = UNSET
    limit: int | Unset = 10
    memory_type: MemoryType | None | Unset = UNSET
    namespace: Namespace | None | Unset = UNSET
    offset: int | Unset = 0
    recency_boost: bool | None | Unset = UNSET
    recency_freshness_weight: float | None | Unset = UNSET
    recency_half_life_created_days: float | None | Unset = UNSET
    recency_half_life_last_access_days: float | None | Unset = UNSET
    recency_novelty_weight: float | None | Unset = UNSET
    recency_recency_weight: float | None | Unset = UNSET
    recency_semantic_weight: float | None | Unset = UNSET
    search_mode: SearchModeEnum | Unset = UNSET
    server_side_recency: bool | None | Unset = UNSET
    session_id: None | SessionId | Unset = UNSET
    text: None | str | Unset = UNSET
    text_scorer: str | Unset = "BM25STD"
    topics: None | Topics | Unset = UNSET
    user_id: None | Unset | UserId = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.created_at import CreatedAt
        from ..models.entities import Entities
        from ..models.event_date import EventDate
        from ..models.last_accessed import LastAccessed
        from ..models.memory_type import MemoryType
        from ..models.namespace import Namespace
        from ..models.session_id import SessionId
        from ..models.topics import Topics
        from ..models.user_id import UserId

        created_at: dict[str, Any] | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, CreatedAt):
            created_at = self.created_at.to_dict()
        else:
            created_at = self.created_at

        distance_threshold: float | None | Unset
        if isinstance(self.distance_threshold, Unset):
            distance_threshold = UNSET
        else:
            distance_threshold = self.distance_threshold

        entities: dict[str, Any] | None | Unset
        if isinstance(self.entities, Unset):
            entities = UNSET
        elif isinstance(self.entities, Entities):
            entities = self.entities.to_dict()
        else:
            entities = self.entities

        event_date: dict[str, Any] | None | Unset
        if isinstance(self.event_date, Unset):
            event_date = UNSET
        elif isinstance(self.event_date, EventDate):
            event_date = self.event_date.to_dict()
        else:
            event_date = self.event_date

        hybrid_alpha = self.hybrid_alpha

        last_accessed: dict[str, Any] | None | Unset
        if isinstance(self.last_accessed, Unset):
            last_accessed = UNSET
        elif isinstance(self.last_accessed, LastAccessed):
            last_accessed = self.last_accessed.to_dict()
        else:
            last_accessed = self.last_accessed

        limit = self.limit

        memory_type: dict[str, Any] | None | Unset
        if isinstance(self.memory_type, Unset):
            memory_type = UNSET
        elif isinstance(self.memory_type, MemoryType):
            memory_type = self.memory_type.to_dict()
        else:
            memory_type = self.memory_type

        namespace: dict[str, Any] | None | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        elif isinstance(self.namespace, Namespace):
            namespace = self.namespace.to_dict()
        else:
            namespace = self.namespace

        offset = self.offset

        recency_boost: bool | None | Unset
        if isinstance(self.recency_boost, Unset):
            recency_boost = UNSET
        else:
            recency_boost = self.recency_boost

        recency_freshness_weight: float | None | Unset
        if isinstance(self.recency_freshness_weight, Unset):
            recency_freshness_weight = UNSET
        else:
            recency_freshness_weight = self.recency_freshness_weight

        recency_half_life_created_days: float | None | Unset
        if isinstance(self.recency_half_life_created_days, Unset):
            recency_half_life_created_days = UNSET
        else:
            recency_half_life_created_days = self.recency_half_life_created_days

        recency_half_life_last_access_days: float | None | Unset
        if isinstance(self.recency_half_life_last_access_days, Unset):
            recency_half_life_last_access_days = UNSET
        else:
            recency_half_life_last_access_days = self.recency_half_life_last_access_days

        recency_novelty_weight: float | None | Unset
        if isinstance(self.recency_novelty_weight, Unset):
            recency_novelty_weight = UNSET
        else:
            recency_novelty_weight = self.recency_novelty_weight

        recency_recency_weight: float | None | Unset
        if isinstance(self.recency_recency_weight, Unset):
            recency_recency_weight = UNSET
        else:
            recency_recency_weight = self.recency_recency_weight

        recency_semantic_weight: float | None | Unset
        if isinstance(self.recency_semantic_weight, Unset):
            recency_semantic_weight = UNSET
        else:
            recency_semantic_weight = self.recency_semantic_weight

        search_mode: str | Unset = UNSET
        if not isinstance(self.search_mode, Unset):
            search_mode = self.search_mode

        server_side_recency: bool | None | Unset
        if isinstance(self.server_side_recency, Unset):
            server_side_recency = UNSET
        else:
            server_side_recency = self.server_side_recency

        session_id: dict[str, Any] | None | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        elif isinstance(self.session_id, SessionId):
            session_id = self.session_id.to_dict()
        else:
            session_id = self.session_id

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        text_scorer = self.text_scorer

        topics: dict[str, Any] | None | Unset
        if isinstance(self.topics, Unset):
            topics = UNSET
        elif isinstance(self.topics, Topics):
            topics = self.topics.to_dict()
        else:
            topics = self.topics

        user_id: dict[str, Any] | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UserId):
            user_id = self.user_id.to_dict()
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if distance_threshold is not UNSET:
            field_dict["distance_threshold"] = distance_threshold
        if entities is not UNSET:
            field_dict["entities"] = entities
        if event_date is not UNSET:
            field_dict["event_date"] = event_date
        if hybrid_alpha is not UNSET:
            field_dict["hybrid_alpha"] = hybrid_alpha
        if last_accessed is not UNSET:
            field_dict["last_accessed"] = last_accessed
        if limit is not UNSET:
            field_dict["limit"] = limit
        if memory_type is not UNSET:
            field_dict["memory_type"] = memory_type
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if offset is not UNSET:
            field_dict["offset"] = offset
        if recency_boost is not UNSET:
            field_dict["recency_boost"] = recency_boost
        if recency_freshness_weight is not UNSET:
            field_dict["recency_freshness_weight"] = recency_freshness_weight
        if recency_half_life_created_days is not UNSET:
            field_dict["recency_half_life_created_days"] = (
                recency_half_life_created_days
            )
        if recency_half_life_last_access_days is not UNSET:
            field_dict["recency_half_life_last_access_days"] = (
                recency_half_life_last_access_days
            )
        if recency_novelty_weight is not UNSET:
            field_dict["recency_novelty_weight"] = recency_novelty_weight
        if recency_recency_weight is not UNSET:
            field_dict["recency_recency_weight"] = recency_recency_weight
        if recency_semantic_weight is not UNSET:
            field_dict["recency_semantic_weight"] = recency_semantic_weight
        if search_mode is not UNSET:
            field_dict["search_mode"] = search_mode
        if server_side_recency is not UNSET:
            field_dict["server_side_recency"] = server_side_recency
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if text is not UNSET:
            field_dict["text"] = text
        if text_scorer is not UNSET:
            field_dict["text_scorer"] = text_scorer
        if topics is not UNSET:
            field_dict["topics"] = topics
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.created_at import CreatedAt
        from ..models.entities import Entities
        from ..models.event_date import EventDate
        from ..models.last_accessed import LastAccessed
        from ..models.memory_type import MemoryType
        from ..models.namespace import Namespace
        from ..models.session_id import SessionId
        from ..models.topics import Topics
        from ..models.user_id import UserId

        d = dict(src_dict)

        def _parse_created_at(data: object) -> CreatedAt | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_at_type_0 = CreatedAt.from_dict(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreatedAt | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_distance_threshold(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        distance_threshold = _parse_distance_threshold(
            d.pop("distance_threshold", UNSET)
        )

        def _parse_entities(data: object) -> Entities | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                entities_type_0 = Entities.from_dict(data)

                return entities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Entities | None | Unset, data)

        entities = _parse_entities(d.pop("entities", UNSET))

        def _parse_event_date(data: object) -> EventDate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_date_type_0 = EventDate.from_dict(data)

                return event_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventDate | None | Unset, data)

        event_date = _parse_event_date(d.pop("event_date", UNSET))

        hybrid_alpha = d.pop("hybrid_alpha", UNSET)

        def _parse_last_accessed(data: object) -> LastAccessed | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_accessed_type_0 = LastAccessed.from_dict(data)

                return last_accessed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LastAccessed | None | Unset, data)

        last_accessed = _parse_last_accessed(d.pop("last_accessed", UNSET))

        limit = d.pop("limit", UNSET)

        def _parse_memory_type(data: object) -> MemoryType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                memory_type_type_0 = MemoryType.from_dict(data)

                return memory_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemoryType | None | Unset, data)

        memory_type = _parse_memory_type(d.pop("memory_type", UNSET))

        def _parse_namespace(data: object) -> Namespace | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                namespace_type_0 = Namespace.from_dict(data)

                return namespace_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Namespace | None | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        offset = d.pop("offset", UNSET)

        def _parse_recency_boost(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        recency_boost = _parse_recency_boost(d.pop("recency_boost", UNSET))

        def _parse_recency_freshness_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        recency_freshness_weight = _parse_recency_freshness_weight(
            d.pop("recency_freshness_weight", UNSET)
        )

        def _parse_recency_half_life_created_days(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        recency_half_life_created_days = _parse_recency_half_life_created_days(
            d.pop("recency_half_life_created_days", UNSET)
        )

        def _parse_recency_half_life_last_access_days(
            data: object,
        ) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        recency_half_life_last_access_days = _parse_recency_half_life_last_access_days(
            d.pop("recency_half_life_last_access_days", UNSET)
        )

        def _parse_recency_novelty_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        recency_novelty_weight = _parse_recency_novelty_weight(
            d.pop("recency_novelty_weight", UNSET)
        )

        def _parse_recency_recency_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        recency_recency_weight = _parse_recency_recency_weight(
            d.pop("recency_recency_weight", UNSET)
        )

        def _parse_recency_semantic_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        recency_semantic_weight = _parse_recency_semantic_weight(
            d.pop("recency_semantic_weight", UNSET)
        )

        _search_mode = d.pop("search_mode", UNSET)
        search_mode: SearchModeEnum | Unset
        if isinstance(_search_mode, Unset):
            search_mode = UNSET
        else:
            search_mode = check_search_mode_enum(_search_mode)

        def _parse_server_side_recency(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        server_side_recency = _parse_server_side_recency(
            d.pop("server_side_recency", UNSET)
        )

        def _parse_session_id(data: object) -> None | SessionId | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_id_type_0 = SessionId.from_dict(data)

                return session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionId | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        text_scorer = d.pop("text_scorer", UNSET)

        def _parse_topics(data: object) -> None | Topics | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                topics_type_0 = Topics.from_dict(data)

                return topics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Topics | Unset, data)

        topics = _parse_topics(d.pop("topics", UNSET))

        def _parse_user_id(data: object) -> None | Unset | UserId:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_id_type_0 = UserId.from_dict(data)

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserId, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        search_request = cls(
            created_at=created_at,
            distance_threshold=distance_threshold,
            entities=entities,
            event_date=event_date,
            hybrid_alpha=hybrid_alpha,
            last_accessed=last_accessed,
            limit=limit,
            memory_type=memory_type,
            namespace=namespace,
            offset=offset,
            recency_boost=recency_boost,
            recency_freshness_weight=recency_freshness_weight,
            recency_half_life_created_days=recency_half_life_created_days,
            recency_half_life_last_access_days=recency_half_life_last_access_days,
            recency_novelty_weight=recency_novelty_weight,
            recency_recency_weight=recency_recency_weight,
            recency_semantic_weight=recency_semantic_weight,
            search_mode=search_mode,
            server_side_recency=server_side_recency,
            session_id=session_id,
            text=text,
            text_scorer=text_scorer,
            topics=topics,
            user_id=user_id,
        )

        search_request.additional_properties = d
        return search_request

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
