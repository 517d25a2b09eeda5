from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.memory_record_results_response import MemoryRecordResultsResponse
from ...models.search_request import SearchRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SearchRequest,
    optimize_query: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["optimize_query"] = optimize_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/long-term-memory/search",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | MemoryRecordResultsResponse | None:
    if response.status_code == 200:
        response_200 = MemoryRecordResultsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | MemoryRecordResultsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchRequest,
    optimize_query: bool | Unset = False,
) -> Response[HTTPValidationError | MemoryRecordResultsResponse]:
    """Search Long Term Memory

     Run a long-term memory search with semantic, keyword, or hybrid options.

    Args:
        payload: Search payload with filter objects for precise queries
        optimize_query: Whether to optimize the query for semantic (vector) search using a fast model;
    ignored for keyword and hybrid modes (default: False)

    Returns:
        List of search results

    Args:
        optimize_query (bool | Unset):  Default: False.
        body (SearchRequest): Payload for long-term memory search

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MemoryRecordResultsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        optimize_query=optimize_query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SearchRequest,
    optimize_query: bool | Unset = False,
) -> HTTPValidationError | MemoryRecordResultsResponse | None:
    """Search Long Term Memory

     Run a long-term memory search with semantic, keyword, or hybrid options.

    Args:
        payload: Search payload with filter objects for precise queries
        optimize_query: Whether to optimize the query for semantic (vector) search using a fast model;
    ignored for keyword and hybrid modes (default: False)

    Returns:
        List of search results

    Args:
        optimize_query (bool | Unset):  Default: False.
        body (SearchRequest): Payload for long-term memory search

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MemoryRecordResultsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        optimize_query=optimize_query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchRequest,
    optimize_query: bool | Unset = False,
) -> Response[HTTPValidationError | MemoryRecordResultsResponse]:
    """Search Long Term Memory

     Run a long-term memory search with semantic, keyword, or hybrid options.

    Args:
        payload: Search payload with filter objects for precise queries
        optimize_query: Whether to optimize the query for semantic (vector) search using a fast model;
    ignored for keyword and hybrid modes (default: False)

    Returns:
        List of search results

    Args:
        optimize_query (bool | Unset):  Default: False.
        body (SearchRequest): Payload for long-term memory search

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MemoryRecordResultsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        optimize_query=optimize_query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SearchRequest,
    optimize_query: bool | Unset = False,
) -> HTTPValidationError | MemoryRecordResultsResponse | None:
    """Search Long Term Memory

     Run a long-term memory search with semantic, keyword, or hybrid options.

    Args:
        payload: Search payload with filter objects for precise queries
        optimize_query: Whether to optimize the query for semantic (vector) search using a fast model;
    ignored for keyword and hybrid modes (default: False)

    Returns:
        List of search results

    Args:
        optimize_query (bool | Unset):  Default: False.
        body (SearchRequest): Payload for long-term memory search

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MemoryRecordResultsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            optimize_query=optimize_query,
        )
    ).parsed
