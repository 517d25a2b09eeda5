from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ack_response import AckResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    memory_ids: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_memory_ids: list[str] | Unset = UNSET
    if not isinstance(memory_ids, Unset):
        json_memory_ids = memory_ids

    params["memory_ids"] = json_memory_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/long-term-memory",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AckResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AckResponse.from_dict(response.json())

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
) -> Response[AckResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    memory_ids: list[str] | Unset = UNSET,
) -> Response[AckResponse | HTTPValidationError]:
    """Delete Long Term Memory

     Delete long-term memories by ID

    Args:
        memory_ids: List of memory IDs to delete (passed as query parameters)

    Args:
        memory_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AckResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        memory_ids=memory_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    memory_ids: list[str] | Unset = UNSET,
) -> AckResponse | HTTPValidationError | None:
    """Delete Long Term Memory

     Delete long-term memories by ID

    Args:
        memory_ids: List of memory IDs to delete (passed as query parameters)

    Args:
        memory_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AckResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        memory_ids=memory_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    memory_ids: list[str] | Unset = UNSET,
) -> Response[AckResponse | HTTPValidationError]:
    """Delete Long Term Memory

     Delete long-term memories by ID

    Args:
        memory_ids: List of memory IDs to delete (passed as query parameters)

    Args:
        memory_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AckResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        memory_ids=memory_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    memory_ids: list[str] | Unset = UNSET,
) -> AckResponse | HTTPValidationError | None:
    """Delete Long Term Memory

     Delete long-term memories by ID

    Args:
        memory_ids: List of memory IDs to delete (passed as query parameters)

    Args:
        memory_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AckResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            memory_ids=memory_ids,
        )
    ).parsed
