from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.summary_view_partition_result import SummaryViewPartitionResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    view_id: str,
    *,
    user_id: None | str | Unset = UNSET,
    namespace: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    memory_type: None | str | Unset = UNSET,
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

    json_session_id: None | str | Unset
    if isinstance(session_id, Unset):
        json_session_id = UNSET
    else:
        json_session_id = session_id
    params["session_id"] = json_session_id

    json_memory_type: None | str | Unset
    if isinstance(memory_type, Unset):
        json_memory_type = UNSET
    else:
        json_memory_type = memory_type
    params["memory_type"] = json_memory_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/summary-views/{view_id}/partitions".format(
            view_id=quote(str(view_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[SummaryViewPartitionResult] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SummaryViewPartitionResult.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

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
) -> Response[HTTPValidationError | list[SummaryViewPartitionResult]]:
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
    user_id: None | str | Unset = UNSET,
    namespace: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    memory_type: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | list[SummaryViewPartitionResult]]:
    """List Summary View Partitions

     List materialized partition summaries for a SummaryView.

    This does not trigger recomputation; it simply reads stored
    SummaryViewPartitionResult entries from Redis. Optional query
    parameters filter by group fields when present.

    Args:
        view_id (str):
        user_id (None | str | Unset):
        namespace (None | str | Unset):
        session_id (None | str | Unset):
        memory_type (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[SummaryViewPartitionResult]]
    """

    kwargs = _get_kwargs(
        view_id=view_id,
        user_id=user_id,
        namespace=namespace,
        session_id=session_id,
        memory_type=memory_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    view_id: str,
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
    namespace: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    memory_type: None | str | Unset = UNSET,
) -> HTTPValidationError | list[SummaryViewPartitionResult] | None:
    """List Summary View Partitions

     List materialized partition summaries for a SummaryView.

    This does not trigger recomputation; it simply reads stored
    SummaryViewPartitionResult entries from Redis. Optional query
    parameters filter by group fields when present.

    Args:
        view_id (str):
        user_id (None | str | Unset):
        namespace (None | str | Unset):
        session_id (None | str | Unset):
        memory_type (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[SummaryViewPartitionResult]
    """

    return sync_detailed(
        view_id=view_id,
        client=client,
        user_id=user_id,
        namespace=namespace,
        session_id=session_id,
        memory_type=memory_type,
    ).parsed


async def asyncio_detailed(
    view_id: str,
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
    namespace: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    memory_type: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | list[SummaryViewPartitionResult]]:
    """List Summary View Partitions

     List materialized partition summaries for a SummaryView.

    This does not trigger recomputation; it simply reads stored
    SummaryViewPartitionResult entries from Redis. Optional query
    parameters filter by group fields when present.

    Args:
        view_id (str):
        user_id (None | str | Unset):
        namespace (None | str | Unset):
        session_id (None | str | Unset):
        memory_type (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[SummaryViewPartitionResult]]
    """

    kwargs = _get_kwargs(
        view_id=view_id,
        user_id=user_id,
        namespace=namespace,
        session_id=session_id,
        memory_type=memory_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    view_id: str,
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
    namespace: None | str | Unset = UNSET,
    session_id: None | str | Unset = UNSET,
    memory_type: None | str | Unset = UNSET,
) -> HTTPValidationError | list[SummaryViewPartitionResult] | None:
    """List Summary View Partitions

     List materialized partition summaries for a SummaryView.

    This does not trigger recomputation; it simply reads stored
    SummaryViewPartitionResult entries from Redis. Optional query
    parameters filter by group fields when present.

    Args:
        view_id (str):
        user_id (None | str | Unset):
        namespace (None | str | Unset):
        session_id (None | str | Unset):
        memory_type (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[SummaryViewPartitionResult]
    """

    return (
        await asyncio_detailed(
            view_id=view_id,
            client=client,
            user_id=user_id,
            namespace=namespace,
            session_id=session_id,
            memory_type=memory_type,
        )
    ).parsed
