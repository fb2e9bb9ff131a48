-- The audit log: append-only, each entry sealed with a keyed digest of itself and of the entry
-- before it, so that an altered, deleted or reordered entry breaks the chain. Entries name
-- subjects by id only, never by personal data.
create table audit_entry (
    seq         bigint primary key,
    occurred_at timestamptz not null,
    actor       text not null,
    action      text not null,
    subject_id  uuid,
    purpose     text,
    detail      text,
    seal        bytea not null
);
create index audit_entry_subject on audit_entry (subject_id) where subject_id is not null;

-- The newest entry's number and seal, updated with every append: removing entries from the end
-- of the log no longer matches it.
create table audit_head (
    id   int primary key check (id = 1),
    seq  bigint not null,
    seal bytea not null
);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only';
end $$;

create trigger audit_entry_append_only before update or delete or truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
