"""The memory tools for agent frameworks, ready to hand to an agent.

``agent_memory_client.integrations.langchain.get_memory_tools(client, session_id, ...)``
gives LangChain tools (``pip install 'agent-memory-client[langchain]'``). Importing this
package needs no framework installed; building the tools does.
"""

from .langchain import get_memory_tools, get_memory_tools_langchain

__all__ = ["get_memory_tools", "get_memory_tools_langchain"]
