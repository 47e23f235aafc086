-- Rule P1: audit entries are never changed or deleted, whoever connects.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only';
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
