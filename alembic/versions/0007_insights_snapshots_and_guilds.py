"""insights: kept clustering results per period, and the Discord server of a conversation

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 15:30:00

`insights_snapshots` keeps each period's clustered topics (aggregates only) so a restarted admin
desk serves /admin/insights at once instead of clustering first. `conversations.guild_id` is the
Discord server a conversation is in (NULL for direct messages, other platforms and every
conversation stored before this revision), for the insights' `--guild` filter.

The column is added with a plain ALTER TABLE ... ADD COLUMN (no table rebuild: see 0006).
"""
from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0007'
down_revision: str | Sequence[str] | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('insights_snapshots',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('period_key', sa.String(length=256), nullable=False),
    sa.Column('filters_key', sa.String(length=256), nullable=False),
    sa.Column('model', sa.String(length=128), nullable=True),
    sa.Column('stamp', sa.String(length=64), nullable=False),
    sa.Column('computed_at', sa.DateTime(), nullable=False),
    sa.Column('result', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_insights_snapshots'))
    )
    with op.batch_alter_table('insights_snapshots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_insights_snapshots_computed_at'), ['computed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_insights_snapshots_period_key'), ['period_key'], unique=False)
    with op.batch_alter_table('conversations', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('guild_id', sa.String(length=32), nullable=True))


def downgrade() -> None:
    """The guild ids are dropped (native DROP COLUMN, SQLite 3.35+, as in 0006); the snapshots too."""
    with op.batch_alter_table('conversations', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('guild_id')
    with op.batch_alter_table('insights_snapshots', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_insights_snapshots_period_key'))
        batch_op.drop_index(batch_op.f('ix_insights_snapshots_computed_at'))
    op.drop_table('insights_snapshots')
