-- Two-tier (rule O22): an agent's or retailer's order may go to its distributor instead of the brand owner. The
-- distributor answers, ships, invoices and records payments for it; its numbers are its own, so shipment ids,
-- invoice numbers and payment references are unique per issuer ('brand', or the distributor's partner id).
alter table purchase_order add column supplier_id uuid;
create index purchase_order_supplier on purchase_order (supplier_id, feed_position);

alter table shipment add column issuer varchar(36) default 'brand' not null;
alter table shipment drop constraint shipment_number;
alter table shipment add constraint shipment_number unique (issuer, number);

alter table invoice add column issuer varchar(36) default 'brand' not null;
alter table invoice drop constraint invoice_number;
alter table invoice add constraint invoice_number unique (issuer, number);

alter table payment add column issuer varchar(36) default 'brand' not null;
alter table payment drop constraint payment_reference;
alter table payment add constraint payment_reference unique (issuer, reference);
