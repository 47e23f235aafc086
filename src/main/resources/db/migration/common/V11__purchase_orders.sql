-- Orders (issue 11), second part: purchase orders and their lines (rules O9-O14 of the orders context).
-- Portable SQL: runs on H2 2.2 and PostgreSQL 15.

create table purchase_order (
    id                    uuid primary key,
    partner_id            uuid          not null,
    po_number             varchar(35)   not null,
    channel               varchar(10)   not null,
    status                varchar(20)   not null,
    status_before_cancel  varchar(20),
    currency              varchar(3)    not null,
    requested_delivery    date,
    notes                 varchar(2000),
    total                 numeric(19,4) not null,
    content_hash          varchar(64)   not null,
    placed_by             varchar(255)  not null,
    approved_by           varchar(255),
    created_at            timestamp with time zone not null,
    submitted_at          timestamp with time zone,
    acknowledged_at       timestamp with time zone,
    updated_at            timestamp with time zone not null,
    feed_position         bigint,
    version               bigint        not null,
    -- rule O9: a partner's PO number is one order
    constraint purchase_order_po unique (partner_id, po_number),
    constraint purchase_order_feed unique (feed_position)
);
create index purchase_order_partner on purchase_order (partner_id, created_at);
create index purchase_order_status on purchase_order (status);

create table order_line (
    id                 uuid primary key,
    order_id           uuid          not null references purchase_order (id) on delete cascade,
    line_no            integer       not null,
    product_id         uuid          not null,
    sku                varchar(40)   not null,
    name               varchar(200)  not null,
    unit               varchar(3)    not null,
    quantity           integer       not null check (quantity > 0),
    unit_price         numeric(19,4) not null,
    price_source       varchar(20)   not null,
    price_source_name  varchar(200),   -- the price list's name; none for a contract price
    expected_price     numeric(19,4),
    requested_date     date,
    status             varchar(20)   not null,
    ack_quantity       integer,
    ack_price          numeric(19,4),
    ack_date           date,
    reason_code        varchar(20),
    shipped_quantity   integer       not null default 0,
    invoiced_quantity  integer       not null default 0,
    constraint order_line_no unique (order_id, line_no)
);

-- rule O14: the ERP's feed; one row whose lock orders the feed's places as their transactions commit
create table order_feed_counter (
    id             integer primary key,
    last_position  bigint not null
);
insert into order_feed_counter (id, last_position) values (1, 0);

-- rule O12: above these amounts (per currency) an order waits for a partner admin's approval
create table order_approval_limit (
    partner_id  uuid          not null,
    currency    varchar(3)    not null,
    amount      numeric(19,4) not null check (amount >= 0),
    primary key (partner_id, currency)
);
