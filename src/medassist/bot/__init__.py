"""Serving: the shared model runtime and its front ends (Gradio page, OpenAI-compatible API, terminal)."""
