from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_working_memory_model_name_type_0 import (
    GetWorkingMemoryModelNameType0,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.working_memory_response import WorkingMemoryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: str,
    *,
    user_id: None | str | Unset = UNSET,
    namespace: None | str | Unset = UNSET,
    model_name: GetWorkingMemoryModelNameType0 | None | Unset = UNSET,
    context_window_max: int | None | Unset = UNSET,
    recent_messages_limit: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    json_namespace: None | str | Unset
    if isinstance(namespace, Unset):
        json_namespace = UNSET
    else:
        json_namespace = namespace
    params["namespace"] = json_namespace

    json_model_name: None | str | Unset
    if isinstance(model_name, Unset):
        json_model_name = UNSET
    elif isinstance(model_name, str):
        json_model_name = model_name
    else:
        json_model_name = model_name
    params["model_name"] = json_model_name

    json_context_window_max: int | None | Unset
    if isinstance(context_window_max, Unset):
        json_context_window_max = UNSET
    else:
        json_context_window_max = context_window_max
    params["context_window_max"] = json_context_window_max

    json_recent_messages_limit: int | None | Unset
    if isinstance(recent_messages_limit, Unset):
        json_recent_messages_limit = UNSET
    else:
        json_recent_messages_limit = recent_messages_limit
    params["recent_messages_limit"] = json_recent_messages_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/working-memory/{session_id}".format(
            session_id=quote(str(session_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkingMemoryResponse | None:
    if response.status_code == 200:
        response_200 = WorkingMemoryResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkingMemoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
    namespace: None | str | Unset = UNSET,
    model_name: GetWorkingMemoryModelNameType0 | None | Unset = UNSET,
    context_window_max: int | None | Unset = UNSET,
    recent_messages_limit: int | None | Unset = UNSET,
) -> Response[HTTPValidationError | WorkingMemoryResponse]:
    """Get Working Memory

     Get working memory for a session.

    This includes stored conversation messages, context, and structured memory records.
    If the messages exceed the token limit, older messages will be truncated.

    Args:
        session_id: The session ID
        user_id: The user ID to retrieve working memory for
        namespace: The namespace to use for the session
        model_name: The client's LLM model name (will determine context window size if provided)
        context_window_max: Direct specification of the context window max tokens (overrides model_name)
        recent_messages_limit: Maximum number of recent messages to return (most recent first)

    Returns:
        Working memory containing messages, context, and structured memory records

    Args:
        session_id (str):
        user_id (None | str | Unset):
        namespace (None | str | Unset):
        model_name (GetWorkingMemoryModelNameType0 | None | Unset):
        context_window_max (int | None | Unset):
        recent_messages_limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkingMemoryResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        user_id=user_id,
        namespace=namespace,
        model_name=model_name,
        context_window_max=context_window_max,
        recent_messages_limit=recent_messages_limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
    namespace: None | str | Unset = UNSET,
    model_name: GetWorkingMemoryModelNameType0 | None | Unset = UNSET,
    context_window_max: int | None | Unset = UNSET,
    recent_messages_limit: int | None | Unset = UNSET,
) -> HTTPValidationError | WorkingMemoryResponse | None:
    """Get Working Memory

     Get working memory for a session.

    This includes stored conversation messages, context, and structured memory records.
    If the messages exceed the token limit, older messages will be truncated.

    Args:
        session_id: The session ID
        user_id: The user ID to retrieve working memory for
        namespace: The namespace to use for the session
        model_name: The client's LLM model name (will determine context window size if provided)
        context_window_max: Direct specification of the context window max tokens (overrides model_name)
        recent_messages_limit: Maximum number of recent messages to return (most recent first)

    Returns:
        Working memory containing messages, context, and structured memory records

    Args:
        session_id (str):
        user_id (None | str | Unset):
        namespace (None | str | Unset):
        model_name (GetWorkingMemoryModelNameType0 | None | Unset):
        context_window_max (int | None | Unset):
        recent_messages_limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkingMemoryResponse
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        user_id=user_id,
        namespace=namespace,
        model_name=model_name,
        context_window_max=context_window_max,
        recent_messages_limit=recent_messages_limit,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
    namespace: None | str | Unset = UNSET,
    model_name: GetWorkingMemoryModelNameType0 | None | Unset = UNSET,
    context_window_max: int | None | Unset = UNSET,
    recent_messages_limit: int | None | Unset = UNSET,
) -> Response[HTTPValidationError | WorkingMemoryResponse]:
    """Get Working Memory

     Get working memory for a session.

    This includes stored conversation messages, context, and structured memory records.
    If the messages exceed the token limit, older messages will be truncated.

    Args:
        session_id: The session ID
        user_id: The user ID to retrieve working memory for
        namespace: The namespace to use for the session
        model_name: The client's LLM model name (will determine context window size if provided)
        context_window_max: Direct specification of the context window max tokens (overrides model_name)
        recent_messages_limit: Maximum number of recent messages to return (most recent first)

    Returns:
        Working memory containing messages, context, and structured memory records

    Args:
        session_id (str):
        user_id (None | str | Unset):
        namespace (None | str | Unset):
        model_name (GetWorkingMemoryModelNameType0 | None | Unset):
        context_window_max (int | None | Unset):
        recent_messages_limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkingMemoryResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        user_id=user_id,
        namespace=namespace,
        model_name=model_name,
        context_window_max=context_window_max,
        recent_messages_limit=recent_messages_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
    namespace: None | str | Unset = UNSET,
    model_name: GetWorkingMemoryModelNameType0 | None | Unset = UNSET,
    context_window_max: int | None | Unset = UNSET,
    recent_messages_limit: int | None | Unset = UNSET,
) -> HTTPValidationError | WorkingMemoryResponse | None:
    """Get Working Memory

     Get working memory for a session.

    This includes stored conversation messages, context, and structured memory records.
    If the messages exceed the token limit, older messages will be truncated.

    Args:
        session_id: The session ID
        user_id: The user ID to retrieve working memory for
        namespace: The namespace to use for the session
        model_name: The client's LLM model name (will determine context window size if provided)
        context_window_max: Direct specification of the context window max tokens (overrides model_name)
        recent_messages_limit: Maximum number of recent messages to return (most recent first)

    Returns:
        Working memory containing messages, context, and structured memory records

    Args:
        session_id (str):
        user_id (None | str | Unset):
        namespace (None | str | Unset):
        model_name (GetWorkingMemoryModelNameType0 | None | Unset):
        context_window_max (int | None | Unset):
        recent_messages_limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkingMemoryResponse
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            user_id=user_id,
            namespace=namespace,
            model_name=model_name,
            context_window_max=context_window_max,
            recent_messages_limit=recent_messages_limit,
        )
    ).parsed
