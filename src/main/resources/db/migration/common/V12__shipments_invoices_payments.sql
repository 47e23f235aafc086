-- Orders (issue 11), third part: what the ERP reports after acknowledging (rules O16-O18 of the orders context).
-- Portable SQL: runs on H2 2.2 and PostgreSQL 15.

create table shipment (
    id                uuid primary key,
    order_id          uuid         not null references purchase_order (id),
    partner_id        uuid         not null,
    number            varchar(35)  not null,
    carrier           varchar(100) not null,
    tracking_numbers  varchar(2100) not null,
    ship_date         date         not null,
    packages          integer      not null check (packages >= 1),
    content_hash      varchar(64)  not null,
    created_at        timestamp with time zone not null,
    -- the ERP's shipment id is one shipment: sent again, it is the same one
    constraint shipment_number unique (number)
);
create index shipment_order on shipment (order_id);

create table shipment_line (
    shipment_id  uuid    not null references shipment (id) on delete cascade,
    position     integer not null,
    line_no      integer not null,
    quantity     integer not null check (quantity > 0),
    primary key (shipment_id, position)
);

create table invoice (
    id            uuid primary key,
    order_id      uuid          not null references purchase_order (id),
    partner_id    uuid          not null,
    number        varchar(35)   not null,
    invoice_date  date          not null,
    due_date      date          not null,
    currency      varchar(3)    not null,
    net           numeric(19,2) not null,
    tax           numeric(19,2) not null,
    total         numeric(19,2) not null,
    paid          numeric(19,2) not null,
    status        varchar(20)   not null,
    content_hash  varchar(64)   not null,
    created_at    timestamp with time zone not null,
    version       bigint        not null,
    constraint invoice_number unique (number),
    constraint invoice_paid check (paid >= 0 and paid <= total)
);
create index invoice_order on invoice (order_id);
create index invoice_partner_due on invoice (partner_id, status, due_date);

create table invoice_line (
    invoice_id  uuid          not null references invoice (id) on delete cascade,
    position    integer       not null,
    line_no     integer       not null,
    quantity    integer       not null check (quantity > 0),
    unit_price  numeric(19,4) not null,
    amount      numeric(19,2) not null,
    primary key (invoice_id, position)
);

create table payment (
    id            uuid primary key,
    reference     varchar(60)  not null,
    payment_date  date         not null,
    content_hash  varchar(64)  not null,
    created_at    timestamp with time zone not null,
    constraint payment_reference unique (reference)
);

create table payment_allocation (
    payment_id  uuid          not null references payment (id) on delete cascade,
    position    integer       not null,
    invoice_id  uuid          not null references invoice (id),
    amount      numeric(19,2) not null check (amount > 0),
    primary key (payment_id, position)
);
