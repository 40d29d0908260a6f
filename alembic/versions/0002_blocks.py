"""blocks in their own table, keyed by a hash of the user id; users.blocked dropped

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 12:30:00

A block was a flag on the user row, so /forget and the retention period (which delete that row)
lifted it. Blocked users move to `blocks` (platform + HMAC of the platform id, see
medassist.bot.store.pseudonyms), whose key is made here and kept in `store_secrets`.

The column is dropped with SQLite's own ALTER TABLE ... DROP COLUMN (3.35+), not batch mode's
copy-and-rename: that drops the old `users` table, and inside the migration's transaction (where
PRAGMA foreign_keys cannot be switched off) the drop deletes every conversation and message through
their ON DELETE CASCADE.
"""
import sqlite3
from collections.abc import Sequence
from datetime import datetime, timezone

import sqlalchemy as sa

from alembic import op
from medassist.bot.store.pseudonyms import KEY_NAME, new_key, user_hash

# revision identifiers, used by Alembic.
revision: str = '0002'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

users = sa.table('users', sa.column('id', sa.Integer), sa.column('platform', sa.String),
                 sa.column('platform_user_id', sa.String), sa.column('blocked', sa.Boolean))
secrets_table = sa.table('store_secrets', sa.column('name', sa.String), sa.column('value', sa.String))
blocks = sa.table('blocks', sa.column('platform', sa.String), sa.column('user_hash', sa.String),
                  sa.column('blocked_at', sa.DateTime))


def _native_alter_possible() -> None:
    if op.get_bind().dialect.name == 'sqlite' and sqlite3.sqlite_version_info < (3, 35, 0):
        raise RuntimeError(f"this migration needs SQLite 3.35 or newer (ALTER TABLE ... DROP COLUMN); "
                           f"Python here uses SQLite {sqlite3.sqlite_version}")


def upgrade() -> None:
    _native_alter_possible()
    op.create_table('store_secrets',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('value', sa.String(length=128), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_store_secrets'))
    )
    op.create_table('blocks',
    sa.Column('platform', sa.String(length=32), nullable=False),
    sa.Column('user_hash', sa.String(length=64), nullable=False),
    sa.Column('blocked_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('platform', 'user_hash', name=op.f('pk_blocks'))
    )
    bind = op.get_bind()
    key = new_key()
    bind.execute(secrets_table.insert().values(name=KEY_NAME, value=key))
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    blocked = bind.execute(sa.select(users.c.platform, users.c.platform_user_id)
                           .where(users.c.blocked == sa.true())).all()
    if blocked:
        bind.execute(blocks.insert(), [{"platform": p, "user_hash": user_hash(key, p, uid), "blocked_at": now}
                                       for p, uid in blocked])
    with op.batch_alter_table('users', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('blocked')


def downgrade() -> None:
    """Blocks of users who still have a row go back onto the row; blocks of forgotten users cannot
    (only their hash is known) and are lost."""
    _native_alter_possible()
    with op.batch_alter_table('users', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('blocked', sa.Boolean(), server_default=sa.false(), nullable=False))
    bind = op.get_bind()
    key = bind.scalar(sa.select(secrets_table.c.value).where(secrets_table.c.name == KEY_NAME))
    hashes = {(p, h) for p, h in bind.execute(sa.select(blocks.c.platform, blocks.c.user_hash))}
    if key and hashes:
        rows = bind.execute(sa.select(users.c.id, users.c.platform, users.c.platform_user_id))
        ids = [uid for uid, p, puid in rows if (p, user_hash(key, p, puid)) in hashes]
        if ids:
            bind.execute(users.update().where(users.c.id.in_(ids)).values(blocked=True))
    op.drop_table('blocks')
    op.drop_table('store_secrets')
