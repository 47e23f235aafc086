-- Addresses (issue 11, item 3; rule PA11 of the partners context): a partner's ship-to and bill-to addresses, each
-- with an optional GS1 Global Location Number, and the ship-to an order goes to (kept as it was when ordered).
-- Portable SQL: runs on H2 2.2 and PostgreSQL 15.
create table partner_address (
    id           uuid primary key,
    partner_id   uuid          not null references partner (id),
    kind         varchar(10)   not null,
    label        varchar(100)  not null,
    recipient    varchar(200)  not null,
    street       varchar(200)  not null,
    street2      varchar(200),
    postal_code  varchar(20),
    city         varchar(100)  not null,
    region       varchar(100),
    country      varchar(2)    not null,
    gln          varchar(13),
    default_one  boolean       not null,
    active       boolean       not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint        not null,
    -- a GLN names one place: one address of one partner
    constraint partner_address_gln unique (gln)
);
create index partner_address_partner on partner_address (partner_id, kind);

alter table purchase_order add column ship_to_id uuid;
alter table purchase_order add column ship_to_gln varchar(13);
alter table purchase_order add column ship_to varchar(800);
