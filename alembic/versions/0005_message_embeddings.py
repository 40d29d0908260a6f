"""message embeddings for the admin insights page (topics, rephrased questions)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 12:45:00

One row per embedded user message, keyed by the message id and deleted with it (forget, purge and
retention delete messages, so their vectors go too).

"""
from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0005'
down_revision: str | Sequence[str] | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('message_embeddings',
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('model', sa.String(length=128), nullable=False),
    sa.Column('vector', sa.LargeBinary(), nullable=False),
    sa.Column('reference_topic', sa.String(length=256), nullable=True),
    sa.Column('reference_score', sa.Float(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'],
                            name=op.f('fk_message_embeddings_message_id_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('message_id', name=op.f('pk_message_embeddings'))
    )


def downgrade() -> None:
    op.drop_table('message_embeddings')
