from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_summary_view_request import CreateSummaryViewRequest
from ...models.http_validation_error import HTTPValidationError
from ...models.summary_view import SummaryView
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSummaryViewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/summary-views",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SummaryView | None:
    if response.status_code == 200:
        response_200 = SummaryView.from_dict(response.json())

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
) -> Response[HTTPValidationError | SummaryView]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSummaryViewRequest,
) -> Response[HTTPValidationError | SummaryView]:
    """Create Summary View

     Create a new SummaryView configuration.

    The server assigns an ID; the configuration can then be run on-demand or
    by background workers.

    Args:
        body (CreateSummaryViewRequest): Payload for creating a new SummaryView.

            Same fields as SummaryView except for the server-assigned id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SummaryView]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateSummaryViewRequest,
) -> HTTPValidationError | SummaryView | None:
    """Create Summary View

     Create a new SummaryView configuration.

    The server assigns an ID; the configuration can then be run on-demand or
    by background workers.

    Args:
        body (CreateSummaryViewRequest): Payload for creating a new SummaryView.

            Same fields as SummaryView except for the server-assigned id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SummaryView
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSummaryViewRequest,
) -> Response[HTTPValidationError | SummaryView]:
    """Create Summary View

     Create a new SummaryView configuration.

    The server assigns an ID; the configuration can then be run on-demand or
    by background workers.

    Args:
        body (CreateSummaryViewRequest): Payload for creating a new SummaryView.

            Same fields as SummaryView except for the server-assigned id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SummaryView]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateSummaryViewRequest,
) -> HTTPValidationError | SummaryView | None:
    """Create Summary View

     Create a new SummaryView configuration.

    The server assigns an ID; the configuration can then be run on-demand or
    by background workers.

    Args:
        body (CreateSummaryViewRequest): Payload for creating a new SummaryView.

            Same fields as SummaryView except for the server-assigned id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SummaryView
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
