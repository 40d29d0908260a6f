"""Everything that talks to people: the web server (OpenAI-compatible API + Gradio page), the
terminal chat, the chat-platform adapters, the conversation store and the admin desk. Built on the
model room's `Assistant`; never imports the training room."""
