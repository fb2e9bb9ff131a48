-- The catalog revision the search vocabulary was collected from, so it is collected again
-- (by one node) whenever the catalog changes.
alter table catalog_revision add column words_revision bigint not null default -1;
