"""The Gradio chat page: streaming replies with history, the disclaimer always on screen, example
questions, a sources panel and per-request settings. Runs on Gradio's queue; the runtime's lock
keeps concurrent users' generations apart."""

from __future__ import annotations

import gradio as gr

from medassist.bot.web.request_log import log_turn, new_request_id
from medassist.errors import MedAssistError
from medassist.model.assistant import Assistant
from medassist.model.decoding import MAX_NEW_TOKENS_LIMIT, GenerationSettings
from medassist.model.safety import DISCLAIMER

EXAMPLES = [
    "What are the symptoms of diabetes?",
    "How is high blood pressure treated?",
    "What causes migraine headaches?",
    "Who is at risk for osteoporosis?",
]
NO_SOURCES = "**Sources**\n\n_The sources of the latest answer appear here._"


def history_to_messages(history: list) -> list[dict]:
    """Gradio chat history (openai-style dicts whose content may be a string or a list of parts)
    as plain {role, content} text messages."""
    out = []
    for m in history or []:
        role, content = m.get("role"), m.get("content")
        if isinstance(content, list):
            content = "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
        if role in ("user", "assistant") and isinstance(content, str) and content:
            out.append({"role": role, "content": content})
    return out


def build_ui(assistant: Assistant, *, defaults: GenerationSettings, log_content: bool = False,
             concurrency_limit: int = 4) -> gr.Blocks:
    retrieval_available = assistant.retriever is not None

    def respond(message: str, history: list, use_retrieval: bool, temperature: float, max_tokens: float):
        rid = new_request_id()
        try:
            settings = GenerationSettings(max_new_tokens=int(max_tokens), temperature=float(temperature),
                                          top_p=defaults.top_p, repetition_penalty=defaults.repetition_penalty)
            turn = assistant.answer(message, history_to_messages(history), settings,
                                    use_retrieval=bool(use_retrieval))
        except MedAssistError as e:
            log_turn(None, route="ui", request_id=rid, status=400, error=str(e))
            yield f"⚠️ {e}", NO_SOURCES
            return
        if turn.sources or turn.action != "ok":
            sources = turn.sources or NO_SOURCES
        else:
            why = "retrieval is off" if not (use_retrieval and retrieval_available) else "no matching passage"
            sources = f"**Sources**\n\n_None: {why}._"
        reply = ""
        status = 200 if turn.action != "reject" else 400
        try:
            # Sources go to the panel, not into the chat text, so they are not fed back as history.
            for piece in turn.stream(with_sources=False):
                reply += piece
                yield reply, sources
        finally:
            log_turn(turn, route="ui", request_id=rid, status=status, log_content=log_content,
                     question=message, reply=reply)

    with gr.Blocks(title="MedAssist", analytics_enabled=False, fill_height=True) as demo:
        gr.Markdown("## MedAssist — educational medical information")
        gr.Markdown(f"**{DISCLAIMER}**", elem_id="disclaimer")
        # The side panel is built first: ChatInterface takes already-rendered settings as they are.
        with gr.Sidebar(position="right", open=True, width=360):
            sources = gr.Markdown(NO_SOURCES, elem_id="sources")
            with gr.Accordion("Settings", open=False):
                settings_inputs = [
                    gr.Checkbox(retrieval_available, label="Ground answers in MedQuAD (retrieval)",
                                interactive=retrieval_available),
                    gr.Slider(0.0, 1.5, value=defaults.temperature, step=0.05,
                              label="Temperature (0 = deterministic)"),
                    gr.Slider(16, min(1024, MAX_NEW_TOKENS_LIMIT), value=defaults.max_new_tokens, step=16,
                              label="Max new tokens"),
                ]
        gr.ChatInterface(
            respond,
            examples=[[q] for q in EXAMPLES],
            additional_inputs=settings_inputs,
            additional_outputs=[sources],
            concurrency_limit=concurrency_limit,
            fill_height=True,
        )
    demo.queue(default_concurrency_limit=concurrency_limit)
    return demo
