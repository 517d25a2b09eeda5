"""Date-time fields of the generated models (scripts/generator_templates) read every form.

The template tries the standard library's fromisoformat first and falls back to dateutil's
isoparse; whichever reads a string, the instant must be the same.
"""

from __future__ import annotations

import datetime as dt

import pytest
from agent_memory_client_generated.models import MemoryRecordResult

UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("sent", "instant"),
    [
        # What the server (pydantic) writes: "Z" for UTC, six fraction digits or none.
        ("2024-11-24T10:00:00Z", dt.datetime(2024, 11, 24, 10, tzinfo=UTC)),
        ("2024-11-24T10:00:00.500000Z", dt.datetime(2024, 11, 24, 10, 0, 0, 500000, UTC)),
        ("2024-11-24T12:00:00+02:00", dt.datetime(2024, 11, 24, 10, tzinfo=UTC)),
        # Forms only dateutil reads (on 3.10, the "Z" above is one of them).
        ("2024-11-24T24:00:00Z", dt.datetime(2024, 11, 25, 0, tzinfo=UTC)),
        ("2024-11-24T10:00:00.1234567Z", dt.datetime(2024, 11, 24, 10, 0, 0, 123456, UTC)),
    ],
)
def test_every_iso_form_reads_as_the_same_instant(sent: str, instant: dt.datetime) -> None:
    record = MemoryRecordResult.from_dict(
        {"id": "m", "text": "t", "dist": 0.0, "created_at": sent, "event_date": sent}
    )
    assert record.created_at == instant
    assert record.event_date == instant


def test_a_date_time_that_is_no_date_is_an_error() -> None:
    with pytest.raises(ValueError):
        MemoryRecordResult.from_dict({"id": "m", "text": "t", "dist": 0.0, "created_at": "soon"})


def test_without_a_zone_the_time_stays_naive() -> None:
    record = MemoryRecordResult.from_dict(
        {"id": "m", "text": "t", "dist": 0.0, "created_at": "2024-11-24T10:00:00"}
    )
    assert record.created_at == dt.datetime(2024, 11, 24, 10)
