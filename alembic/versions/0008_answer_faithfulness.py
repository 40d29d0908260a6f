"""messages: the faithfulness verdict of each answer (counts only)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 16:15:00

Five nullable columns on `messages`: the faithfulness check's counts for an assistant answer
(supported, unsupported, replaced, dropped sentences) and whether it abstained, for the insights'
"answered poorly" list. NULL for every message stored before this revision and for replies the
check did not run on (safety replies, answers without retrieved evidence).

Added with a plain ALTER TABLE ... ADD COLUMN and dropped with SQLite's own DROP COLUMN (3.35+, as
in 0006): no table is rebuilt, so no ON DELETE CASCADE can fire.
"""
import sqlite3
from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0008'
down_revision: str | Sequence[str] | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COUNTS = ('faith_supported', 'faith_unsupported', 'faith_replaced', 'faith_dropped')


def upgrade() -> None:
    with op.batch_alter_table('messages', schema=None, recreate='never') as batch_op:
        for name in COUNTS:
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('faith_abstained', sa.Boolean(), nullable=True))


def downgrade() -> None:
    """The verdicts are dropped (the messages stay)."""
    if op.get_bind().dialect.name == 'sqlite' and sqlite3.sqlite_version_info < (3, 35, 0):
        raise RuntimeError(f"this downgrade needs SQLite 3.35 or newer (ALTER TABLE ... DROP COLUMN); "
                           f"Python here uses SQLite {sqlite3.sqlite_version}")
    with op.batch_alter_table('messages', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('faith_abstained')
        for name in reversed(COUNTS):
            batch_op.drop_column(name)
