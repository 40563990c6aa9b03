"""The demo model: an aidial-sdk app that echoes the last user message, streamed in several chunks.

The echo also goes into a stage, "Received by the model", which interceptors leave alone: with the
PII anonymizer in the chain, the answer has the real values and the stage shows the tokens.

It also serves `demo-embedding` (a deterministic vector per text) so the embeddings path can be tried.
"""

from __future__ import annotations

import hashlib
import os
import re

from aidial_sdk import DIALApp
from aidial_sdk.chat_completion import ChatCompletion, Request, Response
from aidial_sdk.embeddings import Embeddings
from aidial_sdk.embeddings import Request as EmbeddingsRequest
from aidial_sdk.embeddings.response import Embedding, EmbeddingResponse, Usage

_WORDS = re.compile(r"\S+\s*|\s+")


def message_text(content) -> str:
    """The text of a message's content: a string, or the text parts of a content list."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    return "".join(getattr(p, "text", "") or "" for p in content)


def chunks(text: str, parts: int = 4) -> list[str]:
    words = _WORDS.findall(text) or [""]
    size = max(1, -(-len(words) // parts))
    return ["".join(words[i : i + size]) for i in range(0, len(words), size)]


class EchoModel(ChatCompletion):
    """Answers with the text of the last user message; usage counts whitespace-separated words."""

    async def chat_completion(self, request: Request, response: Response) -> None:
        users = [m for m in request.messages if m.role == "user"]
        text = message_text(users[-1].content) if users else ""
        prompt_words = sum(len(message_text(m.content).split()) for m in request.messages)
        with response.create_single_choice() as choice:
            # A stage is not restored by interceptors: it shows exactly what reached the model.
            with choice.create_stage("Received by the model") as stage:
                stage.append_content(text)
            for piece in chunks(text):
                choice.append_content(piece)
        response.set_usage(prompt_tokens=prompt_words, completion_tokens=len(text.split()))


class HashEmbeddings(Embeddings):
    """A deterministic 8-dimensional vector per input text."""

    async def embeddings(self, request: EmbeddingsRequest) -> EmbeddingResponse:
        inputs = request.input if isinstance(request.input, list) else [request.input]
        data = [Embedding(index=i, embedding=_vector(str(t))) for i, t in enumerate(inputs)]
        words = sum(len(str(t).split()) for t in inputs)
        return EmbeddingResponse(
            data=data, model="demo-embedding", usage=Usage(prompt_tokens=words, total_tokens=words)
        )


def _vector(text: str) -> list[float]:
    digest = hashlib.sha256(text.encode()).digest()
    return [b / 255 for b in digest[:8]]


def create_app() -> DIALApp:
    app = DIALApp(add_healthcheck=True)
    app.add_chat_completion("demo", EchoModel())
    app.add_embeddings("demo-embedding", HashEmbeddings())
    return app


def main() -> None:
    import uvicorn

    uvicorn.run(
        create_app(),
        host=os.environ.get("HOST", "127.0.0.1"),
        port=int(os.environ.get("PORT", "5001")),
        access_log=False,
        log_level=os.environ.get("LOG_LEVEL", "warning").lower(),
        timeout_keep_alive=75,
    )  # longer than the gateway keeps idle connections (60 s)


if __name__ == "__main__":
    main()
