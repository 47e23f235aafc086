-- Rule D3's similar-name search on PostgreSQL: trigram similarity (pg_trgm, a trusted extension) over the normalized
-- company names of registrations and of leads, restricted to one country. GiST supports the nearest-first ordering
-- (<->) the conflict check uses, so it reads only the closest names of the country instead of every match.
create extension if not exists pg_trgm;
create extension if not exists btree_gist;
create index deal_name_trgm_ix on deal_registration using gist (country, normalized_company gist_trgm_ops);
create index lead_name_trgm_ix on sales_lead using gist (country, normalized_company gist_trgm_ops);
