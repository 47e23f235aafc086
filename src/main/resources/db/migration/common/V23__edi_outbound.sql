-- EDI (issue 12). An order booked from an 850 (rule E10): the interchange and set it came in, and per order line the
-- buyer's line number (PO101) and part number, which its 855 must echo.
create table edi_order_source (
    order_id             uuid primary key,
    partner_id           uuid         not null,
    profile_id           uuid         not null,
    interchange_id       uuid         not null,
    interchange_control  varchar(14)  not null,
    group_control        varchar(14)  not null,
    set_control          varchar(14)  not null,
    version              varchar(12)  not null,
    group_sender         varchar(15),
    group_receiver       varchar(15),
    po_date              date,
    created_at           timestamp with time zone not null
);
create table edi_order_source_line (
    order_id             uuid         not null,
    line_no              integer      not null,
    buyer_line           varchar(20)  not null,
    buyer_part           varchar(48),
    primary key (order_id, line_no)
);

-- Which business documents a partner wants from us (rule E5): a comma list such as 855.
alter table edi_trading_profile add column outbound_documents varchar(40) default '' not null;

-- Outbound documents wait for the partner's system to read and confirm them (rule E11); what the answer to a REST
-- call carried is delivered with it.
alter table edi_interchange add column document_type varchar(10);
alter table edi_interchange add column order_id uuid;
alter table edi_interchange add column po_number varchar(35);
alter table edi_interchange add column delivered_at timestamp with time zone;
create index edi_interchange_outbound on edi_interchange (partner_id, direction, delivered_at, created_at);
create index edi_interchange_order on edi_interchange (order_id);
