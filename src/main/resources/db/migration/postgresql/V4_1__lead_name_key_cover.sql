-- Deal registration rule D3 on PostgreSQL: a lead's name blocks are read by key with their match names from the index
-- alone, as deal_name_key_cover_ix does for registrations.
create index lead_name_key_cover_ix on lead_name_key (name_key) include (lead_id, match_name);
