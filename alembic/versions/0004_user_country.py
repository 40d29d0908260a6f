"""users.country: the country a person set with /country, for emergency numbers (issue 21)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 12:40:00

"""
from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: str | Sequence[str] | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('country', sa.String(length=2), nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+): a batch rebuild of `users` would delete every conversation
    # through ON DELETE CASCADE (see 0002_blocks.py)
    with op.batch_alter_table('users', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('country')
