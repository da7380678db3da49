"""door scanning

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 12:00:00

Adds checkpoints (a door's rules), the append-only scan log and each attendee's presence per checkpoint.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('checkpoint',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('reentry', sa.String(length=10), nullable=False),
    sa.Column('allow_unregistered', sa.Boolean(), nullable=False),
    sa.Column('tolerance_minutes', sa.Integer(), nullable=False),
    sa.Column('require_arrival', sa.Boolean(), nullable=False),
    sa.Column('scans', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checkpoint'))
    )
    op.create_table('scan',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('checkpoint_id', sa.String(length=36), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('code', sa.Text(), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('attendee_id', sa.String(length=36), nullable=True),
    sa.Column('verdict', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.String(length=30), nullable=False),
    sa.Column('moves', sa.Boolean(), nullable=False),
    sa.Column('annuls', sa.String(length=36), nullable=True),
    sa.Column('station', sa.String(length=100), nullable=False),
    sa.Column('operator', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan')),
    sa.UniqueConstraint('annuls', name=op.f('uq_scan_annuls'))
    )
    with op.batch_alter_table('scan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scan_at'), ['at'], unique=False)
        batch_op.create_index('ix_scan_attendee_checkpoint', ['attendee_id', 'checkpoint_id'], unique=False)
        batch_op.create_index('ix_scan_station_at', ['station', 'at'], unique=False)

    op.create_table('presence',
    sa.Column('attendee_id', sa.String(length=36), nullable=False),
    sa.Column('checkpoint_id', sa.String(length=36), nullable=False),
    sa.Column('inside', sa.Boolean(), nullable=False),
    sa.Column('first_in_at', sa.DateTime(), nullable=False),
    sa.Column('first_in_station', sa.String(length=100), nullable=False),
    sa.Column('first_scan_id', sa.String(length=36), nullable=False),
    sa.Column('last_at', sa.DateTime(), nullable=False),
    sa.Column('entries', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['attendee_id'], ['attendee.id'], name=op.f('fk_presence_attendee_id_attendee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('attendee_id', 'checkpoint_id', name=op.f('pk_presence'))
    )
    with op.batch_alter_table('presence', schema=None) as batch_op:
        batch_op.create_index('ix_presence_checkpoint_inside', ['checkpoint_id', 'inside'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('presence', schema=None) as batch_op:
        batch_op.drop_index('ix_presence_checkpoint_inside')

    op.drop_table('presence')
    with op.batch_alter_table('scan', schema=None) as batch_op:
        batch_op.drop_index('ix_scan_station_at')
        batch_op.drop_index('ix_scan_attendee_checkpoint')
        batch_op.drop_index(batch_op.f('ix_scan_at'))

    op.drop_table('scan')
    op.drop_table('checkpoint')
