from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.put_working_memory_model_name_type_0 import (
    PutWorkingMemoryModelNameType0,
)
from ...models.update_working_memory import UpdateWorkingMemory
from ...models.working_memory_response import WorkingMemoryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: str,
    *,
    body: UpdateWorkingMemory,
    model_name: None | PutWorkingMemoryModelNameType0 | Unset = UNSET,
    context_window_max: int | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/working-memory/{session_id}".format(
            session_id=quote(str(session_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: UpdateWorkingMemory,
    model_name: None | PutWorkingMemoryModelNameType0 | Unset = UNSET,
    context_window_max: int | None | Unset = UNSET,
) -> Response[HTTPValidationError | WorkingMemoryResponse]:
    """Put Working Memory

     Set working memory for a session. Replaces existing working memory.

    The session_id comes from the URL path, not the request body.
    If the token count exceeds the context window threshold, messages will be summarized
    immediately and the updated memory state returned to the client.

    NOTE on context_percentage_* fields:
    The response includes `context_percentage_total_used` and `context_percentage_until_summarization`
    fields that show token usage. These fields will be `null` unless you provide either:
    - `model_name` query parameter (e.g., `?model_name=gpt-4o-mini`)
    - `context_window_max` query parameter (e.g., `?context_window_max=500`)

    Args:
        session_id: The session ID (from URL path)
        memory: Working memory data to save (session_id not required in body)
        model_name: The client's LLM model name for context window determination
        context_window_max: Direct specification of context window max tokens (overrides model_name)
        background_tasks: DocketBackgroundTasks instance (injected automatically)
        response: FastAPI Response object for setting headers

    Returns:
        Updated working memory (potentially with summary if tokens were condensed).
        Includes context_percentage_total_used and context_percentage_until_summarization
        if model information is provided.

    Args:
        session_id (str):
        model_name (None | PutWorkingMemoryModelNameType0 | Unset):
        context_window_max (int | None | Unset):
        body (UpdateWorkingMemory): Working memory update payload for PUT requests - session_id
            comes from URL path

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkingMemoryResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
        model_name=model_name,
        context_window_max=context_window_max,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWorkingMemory,
    model_name: None | PutWorkingMemoryModelNameType0 | Unset = UNSET,
    context_window_max: int | None | Unset = UNSET,
) -> HTTPValidationError | WorkingMemoryResponse | None:
    """Put Working Memory

     Set working memory for a session. Replaces existing working memory.

    The session_id comes from the URL path, not the request body.
    If the token count exceeds the context window threshold, messages will be summarized
    immediately and the updated memory state returned to the client.

    NOTE on context_percentage_* fields:
    The response includes `context_percentage_total_used` and `context_percentage_until_summarization`
    fields that show token usage. These fields will be `null` unless you provide either:
    - `model_name` query parameter (e.g., `?model_name=gpt-4o-mini`)
    - `context_window_max` query parameter (e.g., `?context_window_max=500`)

    Args:
        session_id: The session ID (from URL path)
        memory: Working memory data to save (session_id not required in body)
        model_name: The client's LLM model name for context window determination
        context_window_max: Direct specification of context window max tokens (overrides model_name)
        background_tasks: DocketBackgroundTasks instance (injected automatically)
        response: FastAPI Response object for setting headers

    Returns:
        Updated working memory (potentially with summary if tokens were condensed).
        Includes context_percentage_total_used and context_percentage_until_summarization
        if model information is provided.

    Args:
        session_id (str):
        model_name (None | PutWorkingMemoryModelNameType0 | Unset):
        context_window_max (int | None | Unset):
        body (UpdateWorkingMemory): Working memory update payload for PUT requests - session_id
            comes from URL path

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkingMemoryResponse
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
        model_name=model_name,
        context_window_max=context_window_max,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWorkingMemory,
    model_name: None | PutWorkingMemoryModelNameType0 | Unset = UNSET,
    context_window_max: int | None | Unset = UNSET,
) -> Response[HTTPValidationError | WorkingMemoryResponse]:
    """Put Working Memory

     Set working memory for a session. Replaces existing working memory.

    The session_id comes from the URL path, not the request body.
    If the token count exceeds the context window threshold, messages will be summarized
    immediately and the updated memory state returned to the client.

    NOTE on context_percentage_* fields:
    The response includes `context_percentage_total_used` and `context_percentage_until_summarization`
    fields that show token usage. These fields will be `null` unless you provide either:
    - `model_name` query parameter (e.g., `?model_name=gpt-4o-mini`)
    - `context_window_max` query parameter (e.g., `?context_window_max=500`)

    Args:
        session_id: The session ID (from URL path)
        memory: Working memory data to save (session_id not required in body)
        model_name: The client's LLM model name for context window determination
        context_window_max: Direct specification of context window max tokens (overrides model_name)
        background_tasks: DocketBackgroundTasks instance (injected automatically)
        response: FastAPI Response object for setting headers

    Returns:
        Updated working memory (potentially with summary if tokens were condensed).
        Includes context_percentage_total_used and context_percentage_until_summarization
        if model information is provided.

    Args:
        session_id (str):
        model_name (None | PutWorkingMemoryModelNameType0 | Unset):
        context_window_max (int | None | Unset):
        body (UpdateWorkingMemory): Working memory update payload for PUT requests - session_id
            comes from URL path

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkingMemoryResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
        model_name=model_name,
        context_window_max=context_window_max,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWorkingMemory,
    model_name: None | PutWorkingMemoryModelNameType0 | Unset = UNSET,
    context_window_max: int | None | Unset = UNSET,
) -> HTTPValidationError | WorkingMemoryResponse | None:
    """Put Working Memory

     Set working memory for a session. Replaces existing working memory.

    The session_id comes from the URL path, not the request body.
    If the token count exceeds the context window threshold, messages will be summarized
    immediately and the updated memory state returned to the client.

    NOTE on context_percentage_* fields:
    The response includes `context_percentage_total_used` and `context_percentage_until_summarization`
    fields that show token usage. These fields will be `null` unless you provide either:
    - `model_name` query parameter (e.g., `?model_name=gpt-4o-mini`)
    - `context_window_max` query parameter (e.g., `?context_window_max=500`)

    Args:
        session_id: The session ID (from URL path)
        memory: Working memory data to save (session_id not required in body)
        model_name: The client's LLM model name for context window determination
        context_window_max: Direct specification of context window max tokens (overrides model_name)
        background_tasks: DocketBackgroundTasks instance (injected automatically)
        response: FastAPI Response object for setting headers

    Returns:
        Updated working memory (potentially with summary if tokens were condensed).
        Includes context_percentage_total_used and context_percentage_until_summarization
        if model information is provided.

    Args:
        session_id (str):
        model_name (None | PutWorkingMemoryModelNameType0 | Unset):
        context_window_max (int | None | Unset):
        body (UpdateWorkingMemory): Working memory update payload for PUT requests - session_id
            comes from URL path

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
            body=body,
            model_name=model_name,
            context_window_max=context_window_max,
        )
    ).parsed
