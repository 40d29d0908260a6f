"""The bot room's commands, one module per command group; each exposes `register(subparsers)`.

- `options`: the options several commands share (`add_model_args`, `add_store_args`, the bots'
  access lists, limits and token file) and turning them into objects;
- `serve`: `medassist serve` (page + API) and `medassist chat` (terminal), and building the
  assistant and the conversation service every surface shares;
- `admin`: `medassist db ...` and `medassist admin ...`;
- `bots`: the `medassist bot` group and `bot all`; `telegram`, `discord`: `bot telegram`, `bot discord`.

Building the parser imports none of the heavy libraries (torch, transformers, the platform clients):
those load inside the command functions.
"""
