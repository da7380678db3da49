"""stations and offline scans

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 03:30:00

Several desks on one shared database: each machine is a station with an id kept in its settings;
scans and journal entries record it, and scans decided offline (against a station's replica) say
so and when the server received them.
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('station',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('first_seen_at', sa.DateTime(), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(), nullable=False),
    sa.Column('last_sync_at', sa.DateTime(), nullable=True),
    sa.Column('pending', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_station'))
    )
    with op.batch_alter_table('scan') as batch:
        batch.add_column(sa.Column('station_id', sa.String(length=36), nullable=False, server_default=''))
        batch.add_column(sa.Column('offline', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column('received_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('journal') as batch:
        batch.add_column(sa.Column('station_id', sa.String(length=36), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('journal') as batch:
        batch.drop_column('station_id')
    with op.batch_alter_table('scan') as batch:
        batch.drop_column('received_at')
        batch.drop_column('offline')
        batch.drop_column('station_id')
    op.drop_table('station')
