from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.run_summary_view_partition_request import RunSummaryViewPartitionRequest
from ...models.summary_view_partition_result import SummaryViewPartitionResult
from ...types import Response


def _get_kwargs(
    view_id: str,
    *,
    body: RunSummaryViewPartitionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/summary-views/{view_id}/partitions/run".format(
            view_id=quote(str(view_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SummaryViewPartitionResult | None:
    if response.status_code == 200:
        response_200 = SummaryViewPartitionResult.from_dict(response.json())

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
) -> Response[HTTPValidationError | SummaryViewPartitionResult]:
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
    body: RunSummaryViewPartitionRequest,
) -> Response[HTTPValidationError | SummaryViewPartitionResult]:
    """Run Summary View Partition

     Synchronously compute a summary for a single partition of a view.

    For long-term memory views this will query the underlying memories
    and run a real summarization. For other sources it currently returns
    a placeholder summary.

    Args:
        view_id (str):
        body (RunSummaryViewPartitionRequest): Request body for running a single partition of a
            SummaryView.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SummaryViewPartitionResult]
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
    body: RunSummaryViewPartitionRequest,
) -> HTTPValidationError | SummaryViewPartitionResult | None:
    """Run Summary View Partition

     Synchronously compute a summary for a single partition of a view.

    For long-term memory views this will query the underlying memories
    and run a real summarization. For other sources it currently returns
    a placeholder summary.

    Args:
        view_id (str):
        body (RunSummaryViewPartitionRequest): Request body for running a single partition of a
            SummaryView.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SummaryViewPartitionResult
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
    body: RunSummaryViewPartitionRequest,
) -> Response[HTTPValidationError | SummaryViewPartitionResult]:
    """Run Summary View Partition

     Synchronously compute a summary for a single partition of a view.

    For long-term memory views this will query the underlying memories
    and run a real summarization. For other sources it currently returns
    a placeholder summary.

    Args:
        view_id (str):
        body (RunSummaryViewPartitionRequest): Request body for running a single partition of a
            SummaryView.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SummaryViewPartitionResult]
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
    body: RunSummaryViewPartitionRequest,
) -> HTTPValidationError | SummaryViewPartitionResult | None:
    """Run Summary View Partition

     Synchronously compute a summary for a single partition of a view.

    For long-term memory views this will query the underlying memories
    and run a real summarization. For other sources it currently returns
    a placeholder summary.

    Args:
        view_id (str):
        body (RunSummaryViewPartitionRequest): Request body for running a single partition of a
            SummaryView.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SummaryViewPartitionResult
    """

    return (
        await asyncio_detailed(
            view_id=view_id,
            client=client,
            body=body,
        )
    ).parsed
