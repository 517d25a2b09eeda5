"""get_health: GET /v1/health"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import Operation, query

if TYPE_CHECKING:
    from ...models.health_check_response import HealthCheckResponse


def request() -> Operation[HealthCheckResponse]:
    """Get Health.

    Path parameters are percent-encoded; query parameters that are None are left out.
    """
    return Operation(
        name="get_health",
        method="GET",
        path="/v1/health",
        params=query({}),
        body=None,
        parse=_parse,
    )


def _parse(data: Any) -> HealthCheckResponse:
    from ...models.health_check_response import HealthCheckResponse

    return HealthCheckResponse.from_dict(data)
