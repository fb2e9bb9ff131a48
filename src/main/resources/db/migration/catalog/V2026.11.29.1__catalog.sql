-- The jade catalog: categories, colours and pieces, searchable by full text and by trigrams.
create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;

create table catalog_category (
    slug        text primary key,
    name_en     text not null,
    name_zh     text not null,
    keywords_en text not null default '',
    keywords_zh text not null default '',
    position    int  not null
);

create table catalog_colour (
    key     text primary key,
    name_en text not null,
    name_zh text not null,
    base    text not null check (base ~ '^#[0-9a-f]{6}$'),
    shade   text not null check (shade ~ '^#[0-9a-f]{6}$'),
    light   text not null check (light ~ '^#[0-9a-f]{6}$'),
    position int not null
);

create table catalog_piece (
    id                 bigint generated always as identity primary key,
    slug               text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    category           text not null references catalog_category (slug),
    name_en            text not null,
    name_zh            text not null,
    description_en     text not null,
    description_zh     text not null,
    jade_type          text not null check (jade_type in ('JADEITE', 'NEPHRITE')),
    colour             text not null references catalog_colour (key),
    treatment_grade    char(1) not null check (treatment_grade in ('A', 'B', 'C')),
    origin             text not null,
    inner_diameter_mm  numeric(5, 1),
    ring_size_us       numeric(4, 1),
    length_mm          numeric(6, 1),
    width_mm           numeric(6, 1),
    thickness_mm       numeric(6, 1),
    weight_g           numeric(7, 2) not null,
    certificate_lab    text not null,
    certificate_number text not null unique,
    price_cents        bigint not null check (price_cents > 0),
    stock              int not null check (stock >= 0),
    featured           boolean not null default false,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    search_en          tsvector not null default ''::tsvector,
    search_zh_name     text not null default '',
    search_zh          text not null default ''
);

create index catalog_piece_category on catalog_piece (category);
create index catalog_piece_search_en on catalog_piece using gin (search_en);
create index catalog_piece_search_zh on catalog_piece using gin (search_zh gin_trgm_ops);

-- Each change to the catalog bumps one revision, so every node knows when to reload its copy.
create table catalog_revision (
    id       int primary key check (id = 1),
    revision bigint not null
);
insert into catalog_revision values (1, 0);

create function catalog_bump_revision() returns trigger language plpgsql as $$
begin
    update catalog_revision set revision = revision + 1 where id = 1;
    return null;
end $$;

create trigger catalog_piece_changed after insert or update or delete on catalog_piece
    for each statement execute function catalog_bump_revision();

-- The search document: the piece's words, weighted name > kind and colour > origin > description;
-- for Chinese, the words of its name and kind apart from the whole text.
create function catalog_piece_index() returns trigger language plpgsql as $$
declare
    c catalog_category%rowtype;
    k catalog_colour%rowtype;
begin
    select * into c from catalog_category where slug = new.category;
    select * into k from catalog_colour where key = new.colour;
    new.search_en :=
        setweight(to_tsvector('english', new.name_en), 'A') ||
        setweight(to_tsvector('english', concat_ws(' ', c.name_en, c.keywords_en, k.name_en,
            lower(new.jade_type), 'jade', 'grade ' || new.treatment_grade)), 'B') ||
        setweight(to_tsvector('english', concat_ws(' ', new.origin, new.certificate_lab)), 'C') ||
        setweight(to_tsvector('english', new.description_en), 'D');
    new.search_zh_name := concat_ws(' ', new.name_zh, c.name_zh, c.keywords_zh, k.name_zh,
        case new.jade_type when 'JADEITE' then '翡翠 玉' else '和田玉 软玉 玉' end);
    new.search_zh := concat_ws(' ', new.search_zh_name, new.description_zh);
    new.updated_at := now();
    return new;
end $$;

create trigger catalog_piece_index before insert or update on catalog_piece
    for each row execute function catalog_piece_index();

-- Every distinct word of the catalog, for correcting typos in search queries.
create table catalog_search_word (
    word text primary key
);
create index catalog_search_word_trgm on catalog_search_word using gin (word gin_trgm_ops);

insert into catalog_category (slug, name_en, name_zh, keywords_en, keywords_zh, position) values
    ('bangles',   'Bangles',   '手镯', 'bangle bracelet cuff',        '手镯 镯子 玉镯',       1),
    ('pendants',  'Pendants',  '吊坠', 'pendant charm amulet',        '吊坠 挂件 玉坠 牌子',  2),
    ('rings',     'Rings',     '戒指', 'ring band saddle cabochon',   '戒指 指环 戒面 马鞍戒', 3),
    ('earrings',  'Earrings',  '耳饰', 'earring earrings stud drop',  '耳环 耳坠 耳钉 耳饰',  4),
    ('necklaces', 'Necklaces', '项链', 'necklace chain strand',       '项链 链子 珠链',       5),
    ('bracelets', 'Bracelets', '手链', 'bracelet beaded strand',      '手链 手串 珠串',       6),
    ('beads',     'Beads',     '珠子', 'bead beads loose strand',     '珠子 散珠 玉珠 串珠',  7);

insert into catalog_colour (key, name_en, name_zh, base, shade, light, position) values
    ('imperial-green',   'Imperial green',   '帝王绿', '#1f7a3a', '#0f4d24', '#6fcf8f', 1),
    ('apple-green',      'Apple green',      '苹果绿', '#5fae4e', '#3a7a2e', '#b5e6a4', 2),
    ('spinach-green',    'Spinach green',    '菠菜绿', '#3f5f2a', '#253a18', '#8fae74', 3),
    ('celadon',          'Celadon',          '青玉',   '#8fa68a', '#5e7359', '#d3e2cf', 4),
    ('icy',              'Icy (translucent)', '冰种',  '#dfeee9', '#9fbdb3', '#ffffff', 5),
    ('mutton-fat-white', 'Mutton-fat white', '羊脂白', '#efe9dc', '#c9bfa8', '#ffffff', 6),
    ('lavender',         'Lavender',         '紫罗兰', '#9b86c4', '#6b5a94', '#d7ccef', 7),
    ('yellow',           'Yellow',           '黄翡',   '#d8a63a', '#9c7420', '#f3d88f', 8),
    ('red',              'Red',              '红翡',   '#b4502f', '#7a3119', '#e59a7c', 9),
    ('black',            'Black',            '墨色',   '#1d2321', '#0a0d0c', '#5b6b66', 10);
