-- Processors told of an erasure or a correction (GDPR Art. 19): whom, under which of their own
-- references, and whether the store mailed them or staff must (no contact address configured).
create table privacy_processor_notice (
    id          uuid primary key,
    request_id  uuid not null references privacy_request (id) on delete cascade,
    processor   text not null,
    refs        text not null,
    kind        text not null,
    created_at  timestamptz not null,
    mailed      boolean not null
);
create index privacy_processor_notice_request on privacy_processor_notice (request_id);
