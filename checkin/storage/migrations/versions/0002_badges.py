"""badge codes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 10:00:00

Adds the badge table: one row per issued badge code, revoked when the badge is reissued.
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('badge',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('attendee_id', sa.String(length=36), nullable=False),
    sa.Column('serial', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_reason', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['attendee_id'], ['attendee.id'], name=op.f('fk_badge_attendee_id_attendee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_badge')),
    sa.UniqueConstraint('attendee_id', 'serial', name=op.f('uq_badge_attendee_id'))
    )
    with op.batch_alter_table('badge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_badge_attendee_id'), ['attendee_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('badge', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_badge_attendee_id'))

    op.drop_table('badge')
