-- A product's image (rule O27): the picture as drawn anew from the upload, and its thumbnail. One per product; the
-- product names the one it shows (image_tag), so lists know it without reading pictures.
create table product_image (
    product_id         uuid primary key references product (id),
    tag                varchar(16)  not null,
    source_sha256      varchar(64)  not null,
    content_type       varchar(20)  not null,
    width              integer      not null,
    height             integer      not null,
    content            bytea        not null,
    thumbnail_type     varchar(20)  not null,
    thumbnail          bytea        not null,
    updated_by         varchar(254) not null,
    updated_at         timestamp with time zone not null
);
alter table product add column image_tag varchar(16);
