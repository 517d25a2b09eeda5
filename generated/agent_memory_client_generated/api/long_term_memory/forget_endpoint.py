from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_forget_endpoint_v1_long_term_memory_forget_post import (
    BodyForgetEndpointV1LongTermMemoryForgetPost,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BodyForgetEndpointV1LongTermMemoryForgetPost,
    namespace: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    limit: int | Unset = 1000,
    dry_run: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_namespace: None | str | Unset
    if isinstance(namespace, Unset):
        json_namespace = UNSET
    else:
        json_namespace = namespace
    params["namespace"] = json_namespace

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    json_session_id: None | str | Unset
    if isinstance(session_id, Unset):
        json_session_id = UNSET
    else:
        json_session_id = session_id
    params["session_id"] = json_session_id

    params["limit"] = limit

    params["dry_run"] = dry_run

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/long-term-memory/forget",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = response.json()
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
) -> Response[Any | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyForgetEndpointV1LongTermMemoryForgetPost,
    namespace: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    limit: int | Unset = 1000,
    dry_run: bool | Unset = True,
) -> Response[Any | HTTPValidationError]:
    """Forget Endpoint

     Run a forgetting pass with the provided policy. Returns summary data.

    This is an admin-style endpoint; auth is enforced by the standard dependency.

    Args:
        namespace (None | str | Unset):
        user_id (None | str | Unset):
        session_id (None | str | Unset):
        limit (int | Unset):  Default: 1000.
        dry_run (bool | Unset):  Default: True.
        body (BodyForgetEndpointV1LongTermMemoryForgetPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        namespace=namespace,
        user_id=user_id,
        session_id=session_id,
        limit=limit,
        dry_run=dry_run,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyForgetEndpointV1LongTermMemoryForgetPost,
    namespace: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    limit: int | Unset = 1000,
    dry_run: bool | Unset = True,
) -> Any | HTTPValidationError | None:
    """Forget Endpoint

     Run a forgetting pass with the provided policy. Returns summary data.

    This is an admin-style endpoint; auth is enforced by the standard dependency.

    Args:
        namespace (None | str | Unset):
        user_id (None | str | Unset):
        session_id (None | str | Unset):
        limit (int | Unset):  Default: 1000.
        dry_run (bool | Unset):  Default: True.
        body (BodyForgetEndpointV1LongTermMemoryForgetPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        namespace=namespace,
        user_id=user_id,
        session_id=session_id,
        limit=limit,
        dry_run=dry_run,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyForgetEndpointV1LongTermMemoryForgetPost,
    namespace: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    limit: int | Unset = 1000,
    dry_run: bool | Unset = True,
) -> Response[Any | HTTPValidationError]:
    """Forget Endpoint

     Run a forgetting pass with the provided policy. Returns summary data.

    This is an admin-style endpoint; auth is enforced by the standard dependency.

    Args:
        namespace (None | str | Unset):
        user_id (None | str | Unset):
        session_id (None | str | Unset):
        limit (int | Unset):  Default: 1000.
        dry_run (bool | Unset):  Default: True.
        body (BodyForgetEndpointV1LongTermMemoryForgetPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        namespace=namespace,
        user_id=user_id,
        session_id=session_id,
        limit=limit,
        dry_run=dry_run,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyForgetEndpointV1LongTermMemoryForgetPost,
    namespace: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    limit: int | Unset = 1000,
    dry_run: bool | Unset = True,
) -> Any | HTTPValidationError | None:
    """Forget Endpoint

     Run a forgetting pass with the provided policy. Returns summary data.

    This is an admin-style endpoint; auth is enforced by the standard dependency.

    Args:
        namespace (None | str | Unset):
        user_id (None | str | Unset):
        session_id (None | str | Unset):
        limit (int | Unset):  Default: 1000.
        dry_run (bool | Unset):  Default: True.
        body (BodyForgetEndpointV1LongTermMemoryForgetPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            namespace=namespace,
            user_id=user_id,
            session_id=session_id,
            limit=limit,
            dry_run=dry_run,
        )
    ).parsed
