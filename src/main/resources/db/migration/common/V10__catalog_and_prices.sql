-- Orders (issue 11), first part: the catalog and its prices (rules O1-O4 of the orders context).
-- Portable SQL: runs on H2 2.2 and PostgreSQL 15.

create table product (
    id                 uuid primary key,
    sku                varchar(40)   not null,
    gtin               varchar(14),
    gtin_key           varchar(14),
    name_en            varchar(200)  not null,
    name_zh_tw         varchar(200),
    name_zh_cn         varchar(200),
    description_en     varchar(4000),
    description_zh_tw  varchar(4000),
    description_zh_cn  varchar(4000),
    product_line       varchar(20)   not null,
    unit               varchar(3)    not null,
    order_multiple     integer       not null check (order_multiple >= 1),
    minimum_quantity   integer       not null check (minimum_quantity >= 1),
    status             varchar(20)   not null,
    successor_sku      varchar(40),
    partner_types      varchar(100)  not null,
    lowest_tier        varchar(20),
    updated_at         timestamp with time zone not null,
    version            bigint        not null,
    constraint product_sku unique (sku),
    constraint product_gtin unique (gtin_key)
);
create index product_updated on product (updated_at);

-- partners that see a product whatever their type and tier, and partners that never see it (rule O3)
create table product_included_partner (
    product_id  uuid not null references product (id) on delete cascade,
    partner_id  uuid not null,
    primary key (product_id, partner_id)
);
create table product_excluded_partner (
    product_id  uuid not null references product (id) on delete cascade,
    partner_id  uuid not null,
    primary key (product_id, partner_id)
);

create table price_list (
    id          uuid primary key,
    code        varchar(60)  not null,
    name        varchar(200) not null,
    currency    varchar(3)   not null,
    tier        varchar(20)  not null,
    valid_from  date         not null,
    valid_to    date,
    updated_at  timestamp with time zone not null,
    version     bigint       not null,
    constraint price_list_code unique (code)
);
create table price_list_entry (
    price_list_id  uuid           not null references price_list (id) on delete cascade,
    sku            varchar(40)    not null,
    min_quantity   integer        not null check (min_quantity >= 1),
    unit_price     numeric(15, 4) not null check (unit_price >= 0),
    primary key (price_list_id, sku, min_quantity)
);
create index price_list_entry_sku on price_list_entry (sku);

create table contract_price (
    id            uuid primary key,
    partner_id    uuid           not null,
    sku           varchar(40)    not null,
    currency      varchar(3)     not null,
    min_quantity  integer        not null check (min_quantity >= 1),
    unit_price    numeric(15, 4) not null check (unit_price >= 0),
    valid_from    date           not null,
    valid_to      date,
    updated_at    timestamp with time zone not null,
    version       bigint         not null
);
-- one price per partner, SKU, currency, quantity break and first day: what an upsert replaces
create unique index contract_price_key on contract_price (partner_id, sku, currency, min_quantity, valid_from);
