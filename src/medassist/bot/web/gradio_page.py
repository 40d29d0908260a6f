"""The Gradio chat page: streaming replies with history, the disclaimer always on screen, example
questions, a sources panel and per-request settings. Runs on Gradio's queue (`concurrency_limit` events
at once); concurrent users' answers then share the runtime's continuous batch, behind its fair queue
(model/runtime.py)."""

from __future__ import annotations

import gradio as gr

from medassist.bot.web.page_identity import IdentityCookies, identity_of
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
COMMANDS = {"/reset": "reset", "/forget": "forget"}  # typed in the chat box
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
             concurrency_limit: int = 4, service=None, identities: IdentityCookies | None = None) -> gr.Blocks:
    """The page on `service` (a ConversationService): one stored conversation per browser, known by
    the signed cookie `identities` issued (CookieIdentityMiddleware on the app), never by Gradio's
    client-chosen session hash; the history comes from the store, not the browser."""
    from medassist.bot.conversation import Who
    from medassist.bot.formatting import with_disclaimer

    retrieval_available = assistant.retriever is not None
    identities = identities or IdentityCookies()

    def who_for(request: gr.Request | None) -> Who:
        # No genuine cookie (the middleware is missing): a throwaway identity, never a shared one.
        person = identity_of(request, identities) or f"unverified-{new_request_id()}"
        return Who("web", person, chat_id=person)

    def respond(message: str, history: list, use_retrieval: bool, temperature: float, max_tokens: float,
                request: gr.Request):
        rid = new_request_id()
        who = who_for(request)
        command = message.strip().lower()
        if command in COMMANDS:  # the same commands as on the chat platforms
            yield service.call_blocking(getattr(service, COMMANDS[command])(who)), NO_SOURCES
            return
        if command == "/export":  # this session's stored conversation, shown as JSON
            data = service.call_blocking(service.export(who)).decode("utf-8")
            yield with_disclaimer(f"Your stored conversation:\n\n```json\n{data}\n```"), NO_SOURCES
            return
        try:
            settings = GenerationSettings(max_new_tokens=int(max_tokens), temperature=float(temperature),
                                          top_p=defaults.top_p, repetition_penalty=defaults.repetition_penalty)
        except MedAssistError as e:
            log_turn(None, route="ui", request_id=rid, status=400, error=str(e))
            yield f"⚠️ {e}", NO_SOURCES
            return
        sources = NO_SOURCES
        shown, last = "", None
        try:
            for reply in service.reply_blocking(who, message, settings=settings, use_retrieval=bool(use_retrieval)):
                last = reply
                turn = reply.turn
                if turn is not None and (turn.sources or turn.action != "ok"):
                    sources = turn.sources or NO_SOURCES
                elif turn is not None:
                    why = "retrieval is off" if not (use_retrieval and retrieval_available) else "no matching passage"
                    sources = f"**Sources**\n\n_None: {why}._"
                # the notice leads from the first piece on, so the text only ever grows
                shown = reply.final_text if reply.done else (
                    f"{reply.notice}\n\n{reply.text}" if reply.notice else reply.text)
                yield shown, sources
        finally:
            status = {"answer": 200, "emergency": 200, "refused": 400, "error": 500}.get(last.kind, 429) \
                if last is not None else 499
            log_turn(getattr(last, "turn", None), route="ui", request_id=rid, status=status,
                     log_content=log_content, question=message, reply=shown)

    def reset(request: gr.Request):
        service.call_blocking(service.reset(who_for(request)))

    def forget(request: gr.Request):
        return [], service.call_blocking(service.forget(who_for(request)))

    with gr.Blocks(title="MedAssist", analytics_enabled=False, fill_height=True) as demo:
        gr.Markdown("## MedAssist — educational medical information")
        gr.Markdown(f"**{DISCLAIMER}**", elem_id="disclaimer")
        # The side panel is built first: ChatInterface takes already-rendered settings as they are.
        with gr.Sidebar(position="right", open=True, width=360):
            sources = gr.Markdown(NO_SOURCES, elem_id="sources")
            forget_button = gr.Button("Delete my stored conversation", size="sm", elem_id="forget")
            with gr.Accordion("Settings", open=False):
                settings_inputs = [
                    gr.Checkbox(retrieval_available, label="Ground answers in MedQuAD (retrieval)",
                                interactive=retrieval_available),
                    gr.Slider(0.0, 1.5, value=defaults.temperature, step=0.05,
                              label="Temperature (0 = deterministic)"),
                    gr.Slider(16, min(1024, MAX_NEW_TOKENS_LIMIT), value=defaults.max_new_tokens, step=16,
                              label="Max new tokens"),
                ]
        chat = gr.ChatInterface(
            respond,
            examples=[[q] for q in EXAMPLES],
            additional_inputs=settings_inputs,
            additional_outputs=[sources],
            concurrency_limit=concurrency_limit,
            fill_height=True,
        )
        chat.chatbot.clear(reset)  # clearing the chat starts a new stored conversation too
        # /forget as a button: deletes this session's stored rows at once, empties the chat, confirms.
        forget_button.click(forget, outputs=[chat.chatbot, sources], api_name="forget")
    demo.queue(default_concurrency_limit=concurrency_limit)
    return demo
