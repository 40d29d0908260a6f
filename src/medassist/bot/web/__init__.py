"""The web front ends: the OpenAI-compatible API, the Gradio page, and the server that mounts both."""
