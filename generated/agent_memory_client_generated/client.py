"""Unused: the SDK's facade owns the httpx clients and sends each endpoint's Operation."""
