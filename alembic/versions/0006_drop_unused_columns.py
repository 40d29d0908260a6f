"""drop users.admin and messages.platform_message_id: nothing reads or writes them

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 13:50:00

`users.admin` was never set (admin rights come from the access lists and the admin desk's own
accounts) and `messages.platform_message_id` was never passed by any adapter, so both were always
false / NULL.

Dropped with SQLite's own ALTER TABLE ... DROP COLUMN (3.35+), not batch mode's copy-and-rename:
rebuilding `users` inside the migration's transaction deletes every conversation and message through
their ON DELETE CASCADE (see 0002_blocks.py).
"""
import sqlite3
from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: str | Sequence[str] | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _native_alter_possible() -> None:
    if op.get_bind().dialect.name == 'sqlite' and sqlite3.sqlite_version_info < (3, 35, 0):
        raise RuntimeError(f"this migration needs SQLite 3.35 or newer (ALTER TABLE ... DROP COLUMN); "
                           f"Python here uses SQLite {sqlite3.sqlite_version}")


def upgrade() -> None:
    _native_alter_possible()
    with op.batch_alter_table('users', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('admin')
    with op.batch_alter_table('messages', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('platform_message_id')


def downgrade() -> None:
    """The columns come back empty (false / NULL), as they always were."""
    _native_alter_possible()
    with op.batch_alter_table('messages', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('platform_message_id', sa.String(length=128), nullable=True))
    with op.batch_alter_table('users', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('admin', sa.Boolean(), server_default=sa.false(), nullable=False))
