from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.memory_prompt_request import MemoryPromptRequest
from ...models.memory_prompt_response import MemoryPromptResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: MemoryPromptRequest,
    optimize_query: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["optimize_query"] = optimize_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/memory/prompt",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | MemoryPromptResponse | None:
    if response.status_code == 200:
        response_200 = MemoryPromptResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | MemoryPromptResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MemoryPromptRequest,
    optimize_query: bool | Unset = False,
) -> Response[HTTPValidationError | MemoryPromptResponse]:
    """Memory Prompt

     Hydrate a user query with memory context and return a prompt
    ready to send to an LLM.

    `query` is the query for vector search that the caller of this API wants to use to find
    relevant context. If `session_id` is provided and matches an existing
    session, the resulting prompt will include those messages as the immediate
    history of messages leading to a message containing `query`.

    If `long_term_search_payload` is provided, the resulting prompt will include
    relevant long-term memories found via semantic search with the options
    provided in the payload.

    Args:
        params: MemoryPromptRequest
        optimize_query: Whether to optimize the query for semantic (vector) search using a fast model;
    ignored for keyword and hybrid modes (default: False)

    Returns:
        List of messages to send to an LLM, hydrated with relevant memory context

    Args:
        optimize_query (bool | Unset):  Default: False.
        body (MemoryPromptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MemoryPromptResponse]
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
    body: MemoryPromptRequest,
    optimize_query: bool | Unset = False,
) -> HTTPValidationError | MemoryPromptResponse | None:
    """Memory Prompt

     Hydrate a user query with memory context and return a prompt
    ready to send to an LLM.

    `query` is the query for vector search that the caller of this API wants to use to find
    relevant context. If `session_id` is provided and matches an existing
    session, the resulting prompt will include those messages as the immediate
    history of messages leading to a message containing `query`.

    If `long_term_search_payload` is provided, the resulting prompt will include
    relevant long-term memories found via semantic search with the options
    provided in the payload.

    Args:
        params: MemoryPromptRequest
        optimize_query: Whether to optimize the query for semantic (vector) search using a fast model;
    ignored for keyword and hybrid modes (default: False)

    Returns:
        List of messages to send to an LLM, hydrated with relevant memory context

    Args:
        optimize_query (bool | Unset):  Default: False.
        body (MemoryPromptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MemoryPromptResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        optimize_query=optimize_query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MemoryPromptRequest,
    optimize_query: bool | Unset = False,
) -> Response[HTTPValidationError | MemoryPromptResponse]:
    """Memory Prompt

     Hydrate a user query with memory context and return a prompt
    ready to send to an LLM.

    `query` is the query for vector search that the caller of this API wants to use to find
    relevant context. If `session_id` is provided and matches an existing
    session, the resulting prompt will include those messages as the immediate
    history of messages leading to a message containing `query`.

    If `long_term_search_payload` is provided, the resulting prompt will include
    relevant long-term memories found via semantic search with the options
    provided in the payload.

    Args:
        params: MemoryPromptRequest
        optimize_query: Whether to optimize the query for semantic (vector) search using a fast model;
    ignored for keyword and hybrid modes (default: False)

    Returns:
        List of messages to send to an LLM, hydrated with relevant memory context

    Args:
        optimize_query (bool | Unset):  Default: False.
        body (MemoryPromptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MemoryPromptResponse]
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
    body: MemoryPromptRequest,
    optimize_query: bool | Unset = False,
) -> HTTPValidationError | MemoryPromptResponse | None:
    """Memory Prompt

     Hydrate a user query with memory context and return a prompt
    ready to send to an LLM.

    `query` is the query for vector search that the caller of this API wants to use to find
    relevant context. If `session_id` is provided and matches an existing
    session, the resulting prompt will include those messages as the immediate
    history of messages leading to a message containing `query`.

    If `long_term_search_payload` is provided, the resulting prompt will include
    relevant long-term memories found via semantic search with the options
    provided in the payload.

    Args:
        params: MemoryPromptRequest
        optimize_query: Whether to optimize the query for semantic (vector) search using a fast model;
    ignored for keyword and hybrid modes (default: False)

    Returns:
        List of messages to send to an LLM, hydrated with relevant memory context

    Args:
        optimize_query (bool | Unset):  Default: False.
        body (MemoryPromptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MemoryPromptResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            optimize_query=optimize_query,
        )
    ).parsed
