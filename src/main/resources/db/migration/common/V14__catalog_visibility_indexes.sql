-- Orders (issue 11): a partner's include and exclude lists read by partner (rule O3 in every catalog query and in the
-- catalog counts' key). Portable SQL: runs on H2 2.2 and PostgreSQL 15.
create index product_included_partner_by_partner on product_included_partner (partner_id);
create index product_excluded_partner_by_partner on product_excluded_partner (partner_id);
