"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-22 02:02:51.019082
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attendee',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('position', sa.String(length=300), nullable=False),
    sa.Column('city', sa.String(length=200), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('category', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('badge_language', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.Column('source_id', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('walk_in', sa.Boolean(), nullable=False),
    sa.Column('missing_from_source', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendee'))
    )
    with op.batch_alter_table('attendee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendee_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendee_source_id'), ['source_id'], unique=False)

    op.create_table('event',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('venue', sa.String(length=300), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('languages', sa.String(length=64), nullable=False),
    sa.Column('logo', sa.LargeBinary(), nullable=True),
    sa.Column('default_layout', sa.String(length=100), nullable=False),
    sa.Column('secret', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    op.create_table('journal',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('attendee_id', sa.String(length=36), nullable=True),
    sa.Column('station', sa.String(length=100), nullable=False),
    sa.Column('operator', sa.String(length=100), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal'))
    )
    with op.batch_alter_table('journal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_at'), ['at'], unique=False)
        batch_op.create_index('ix_journal_attendee_at', ['attendee_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_journal_kind'), ['kind'], unique=False)

    op.create_table('session',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=True),
    sa.Column('ends_at', sa.DateTime(), nullable=True),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session')),
    sa.UniqueConstraint('title', name=op.f('uq_session_title'))
    )
    op.create_table('registration',
    sa.Column('attendee_id', sa.String(length=36), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['attendee_id'], ['attendee.id'], name=op.f('fk_registration_attendee_id_attendee'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_registration_session_id_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('attendee_id', 'session_id', name=op.f('pk_registration'))
    )
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registration_session_id'), ['session_id'], unique=False)

    op.create_table('ticket_code',
    sa.Column('code', sa.String(length=200), nullable=False),
    sa.Column('attendee_id', sa.String(length=36), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['attendee_id'], ['attendee.id'], name=op.f('fk_ticket_code_attendee_id_attendee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_ticket_code'))
    )
    with op.batch_alter_table('ticket_code', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ticket_code_attendee_id'), ['attendee_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('ticket_code', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ticket_code_attendee_id'))

    op.drop_table('ticket_code')
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registration_session_id'))

    op.drop_table('registration')
    op.drop_table('session')
    with op.batch_alter_table('journal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_kind'))
        batch_op.drop_index('ix_journal_attendee_at')
        batch_op.drop_index(batch_op.f('ix_journal_at'))

    op.drop_table('journal')
    op.drop_table('event')
    with op.batch_alter_table('attendee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendee_source_id'))
        batch_op.drop_index(batch_op.f('ix_attendee_email'))

    op.drop_table('attendee')
