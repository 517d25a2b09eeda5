"""A tour of agent-memory-client against a real Agent Memory Server.

With no configuration it starts a local server stack (Redis, the server and a small
deterministic stand-in for the embedding model) on 127.0.0.1, runs the tour and stops it.
With MEMORY_SERVER_URL set it uses that server instead (MEMORY_API_KEY if it needs one), and
with OPENAI_API_KEY set it also asks an OpenAI model to answer from the memory prompt.

    python examples/demo.py
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from agent_memory_client import MemoryAPIClient, MemoryNotFoundError, MemoryRecordResults

ROOT = Path(__file__).resolve().parent.parent


@contextlib.contextmanager
def memory_server() -> Iterator[str]:
    """The URL of the server to use, starting a local one when none is configured."""
    configured = os.environ.get("MEMORY_SERVER_URL")
    if configured:
        print(f"Using the memory server at {configured}")
        yield configured
        return
    sys.path.insert(0, str(ROOT / "scripts"))
    import memory_stack

    print("Starting a local memory server (first run installs it, about two minutes)...")
    started = time.perf_counter()
    with memory_stack.running_stack(auth=False) as stack:
        print(f"Memory server ready at {stack.url} in {time.perf_counter() - started:.1f}s\n")
        yield stack.url
    print("\nLocal memory server stopped.")


def heading(text: str) -> None:
    print(f"\n== {text} " + "=" * max(0, 60 - len(text)))


async def wait_until_searchable(
    client: MemoryAPIClient, ids: set[str], text: str
) -> MemoryRecordResults:
    # The server indexes new memories just after acknowledging them.
    for _ in range(100):
        results = await client.search_long_term_memory(text=text, limit=10)
        if ids <= {m.id for m in results.memories}:
            return results
        await asyncio.sleep(0.05)
    raise RuntimeError("the new memories did not become searchable")


async def tour(base_url: str) -> None:
    user = f"demo-user-{uuid.uuid4().hex[:6]}"
    session = f"demo-session-{uuid.uuid4().hex[:6]}"
    async with MemoryAPIClient(
        base_url=base_url, api_key=os.environ.get("MEMORY_API_KEY"), user_id=user
    ) as client:
        health = await client.health_check()
        print(f"Server is healthy (clock {health.now})")

        heading("Store long-term memories")
        created = await client.create_long_term_memories(
            [
                {
                    "text": "User prefers morning meetings and hates calls after 4 PM",
                    "memory_type": "semantic",
                    "topics": ["scheduling", "preferences"],
                },
                {
                    "text": "User works as a software engineer at TechCorp",
                    "memory_type": "semantic",
                    "topics": ["career"],
                    "entities": ["TechCorp"],
                },
                {
                    "text": "User prefers Python and TypeScript for development",
                    "memory_type": "semantic",
                    "topics": ["programming", "preferences"],
                },
            ]
        )
        for record in created.memories:
            print(f"  stored {record.id}: {record.text}")

        heading("Search them")
        query = "when does the user prefer meetings"
        await wait_until_searchable(client, {m.id for m in created.memories}, query)
        results = await client.search_long_term_memory(text=query, limit=3)
        print(f"  query: {query!r}")
        for hit in results.memories:
            print(f"  {hit.relevance_score:.2f}  {hit.text}")
        filtered = await client.search_long_term_memory(
            text="programming languages", topics=["programming"], limit=3
        )
        print(f"  with topics=['programming']: {[m.text for m in filtered.memories]}")

        heading("Edit one")
        first = created.memories[0]
        edited = await client.edit_memory(
            first.id, {"text": "User prefers morning meetings, ideally at 9 AM"}
        )
        print(f"  {edited.id} now reads: {edited.text}")

        heading("Keep a working-memory session")
        created_session, _ = await client.get_or_create_working_memory(session)
        print(f"  session {session}: {'created' if created_session else 'found'}")
        await client.set_working_memory(
            session,
            {
                "messages": [
                    {"role": "user", "content": "I'm planning a trip to Italy"},
                    {"role": "assistant", "content": "Which cities are you thinking of?"},
                    {"role": "user", "content": "Rome and Florence, maybe Venice too"},
                ],
                "data": {"trip": "Italy"},
            },
        )
        working = await client.get_working_memory(session)
        messages = working.messages or []
        print(f"  the session holds {len(messages)} messages:")
        for message in messages:
            print(f"    {message.role}: {message.content}")

        heading("Build a memory prompt")
        question = "Can we schedule a meeting about the trip?"
        prompt = await client.memory_prompt(
            query=question,
            session={"session_id": session, "model_name": "gpt-4o"},
            long_term_search={"limit": 3},
        )
        for line in prompt.messages:
            content = line["content"].replace("\n", "\n      ")
            print(f"  [{line['role']}] {content}")

        if os.environ.get("OPENAI_API_KEY"):
            heading("Ask the model")
            import openai

            async with openai.AsyncOpenAI() as model:
                reply = await model.chat.completions.create(
                    model=os.environ.get("DEMO_OPENAI_MODEL", "gpt-4o-mini"),
                    messages=prompt.messages,  # type: ignore[arg-type]
                )
            print(f"  {reply.choices[0].message.content}")

        heading("Clean up")
        await client.delete_working_memory(session)
        await client.delete_long_term_memories([m.id for m in created.memories])
        try:
            await client.get_long_term_memory(first.id)
        except MemoryNotFoundError as exc:
            print(f"  deleted; reading it back now raises {type(exc).__name__} ({exc.status_code})")


def main() -> None:
    with memory_server() as url:
        asyncio.run(tour(url))


if __name__ == "__main__":
    main()
