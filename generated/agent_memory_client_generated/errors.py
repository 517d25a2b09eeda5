"""Errors of the generated layer: a response or input that does not match the schema."""

from .types import ParseError

__all__ = ["ParseError"]
