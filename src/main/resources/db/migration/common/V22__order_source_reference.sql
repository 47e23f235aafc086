-- Rule O28: where a channel received an order, for people to find it there (EDI: its interchange and set).
alter table purchase_order add column source_reference varchar(200);
