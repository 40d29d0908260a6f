"""The model room: everything a front end needs to answer one message.

    from medassist.model import Assistant
    assistant = Assistant.load()                      # embedded default + shipped adapter + retrieval
    print(assistant.answer("What is gout?").text())   # or: async for piece in turn.astream(): ...

Loading (offline resolver, GGUF conversion, registry) is in `loading/`, the decoder in `decoding`,
the generate function in `runtime`, the one chat formatter and system prompt in `chat_format` and
`prompts`, the safety layer in `safety/`, retrieval in `retrieval/`, and `Assistant` ties them up.
"""

from medassist.model.assistant import Assistant, Turn
from medassist.model.decoding import GenerationSettings
from medassist.model.runtime import ChatRuntime, Generation

__all__ = ["Assistant", "ChatRuntime", "Generation", "GenerationSettings", "Turn"]
