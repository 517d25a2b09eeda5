from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.run_summary_view_request import RunSummaryViewRequest
from ...models.task import Task
from ...types import Response


def _get_kwargs(
    view_id: str,
    *,
    body: RunSummaryViewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/summary-views/{view_id}/run".format(
            view_id=quote(str(view_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | Task | None:
    if response.status_code == 200:
        response_200 = Task.from_dict(response.json())

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
) -> Response[HTTPValidationError | Task]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    view_id: str,
    *,
    client: AuthenticatedClient,
    body: RunSummaryViewRequest,
) -> Response[HTTPValidationError | Task]:
    """Run Summary View Full

     Trigger an asynchronous full recompute of all partitions for a view.

    Returns a Task that can be polled for status. The actual work is
    performed by a Docket worker running refresh_summary_view.

    Args:
        view_id (str):
        body (RunSummaryViewRequest): Request body for triggering a full SummaryView run as a
            Task.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | Task]
    """

    kwargs = _get_kwargs(
        view_id=view_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    view_id: str,
    *,
    client: AuthenticatedClient,
    body: RunSummaryViewRequest,
) -> HTTPValidationError | Task | None:
    """Run Summary View Full

     Trigger an asynchronous full recompute of all partitions for a view.

    Returns a Task that can be polled for status. The actual work is
    performed by a Docket worker running refresh_summary_view.

    Args:
        view_id (str):
        body (RunSummaryViewRequest): Request body for triggering a full SummaryView run as a
            Task.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | Task
    """

    return sync_detailed(
        view_id=view_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    view_id: str,
    *,
    client: AuthenticatedClient,
    body: RunSummaryViewRequest,
) -> Response[HTTPValidationError | Task]:
    """Run Summary View Full

     Trigger an asynchronous full recompute of all partitions for a view.

    Returns a Task that can be polled for status. The actual work is
    performed by a Docket worker running refresh_summary_view.

    Args:
        view_id (str):
        body (RunSummaryViewRequest): Request body for triggering a full SummaryView run as a
            Task.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | Task]
    """

    kwargs = _get_kwargs(
        view_id=view_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    view_id: str,
    *,
    client: AuthenticatedClient,
    body: RunSummaryViewRequest,
) -> HTTPValidationError | Task | None:
    """Run Summary View Full

     Trigger an asynchronous full recompute of all partitions for a view.

    Returns a Task that can be polled for status. The actual work is
    performed by a Docket worker running refresh_summary_view.

    Args:
        view_id (str):
        body (RunSummaryViewRequest): Request body for triggering a full SummaryView run as a
            Task.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | Task
    """

    return (
        await asyncio_detailed(
            view_id=view_id,
            client=client,
            body=body,
        )
    ).parsed
