from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_request import SearchRequest
    from ..models.working_memory_request import WorkingMemoryRequest


T = TypeVar("T", bound="MemoryPromptRequest")


@_attrs_define
class MemoryPromptRequest:
    """
    Attributes:
        query (str):
        long_term_search (bool | None | SearchRequest | Unset):
        session (None | Unset | WorkingMemoryRequest):
    """

    query: str
    long_term_search: bool | None | SearchRequest | Unset = UNSET
    session: None | Unset | WorkingMemoryRequest = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.search_request import SearchRequest
        from ..models.working_memory_request import WorkingMemoryRequest

        query = self.query

        long_term_search: bool | dict[str, Any] | None | Unset
        if isinstance(self.long_term_search, Unset):
            long_term_search = UNSET
        elif isinstance(self.long_term_search, SearchRequest):
            long_term_search = self.long_term_search.to_dict()
        else:
            long_term_search = self.long_term_search

        session: dict[str, Any] | None | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, WorkingMemoryRequest):
            session = self.session.to_dict()
        else:
            session = self.session

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if long_term_search is not UNSET:
            field_dict["long_term_search"] = long_term_search
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_request import SearchRequest
        from ..models.working_memory_request import WorkingMemoryRequest

        d = dict(src_dict)
        query = d.pop("query")

        def _parse_long_term_search(
            data: object,
        ) -> bool | None | SearchRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                long_term_search_type_0 = SearchRequest.from_dict(data)

                return long_term_search_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | None | SearchRequest | Unset, data)

        long_term_search = _parse_long_term_search(d.pop("long_term_search", UNSET))

        def _parse_session(data: object) -> None | Unset | WorkingMemoryRequest:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_0 = WorkingMemoryRequest.from_dict(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkingMemoryRequest, data)

        session = _parse_session(d.pop("session", UNSET))

        memory_prompt_request = cls(
            query=query,
            long_term_search=long_term_search,
            session=session,
        )

        memory_prompt_request.additional_properties = d
        return memory_prompt_request

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
