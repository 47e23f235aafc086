-- Rule O23: after its supplier answered, a partner asks to change a line's quantity or date; the request waits on the
-- line until the supplier accepts (it becomes the agreed quantity and date) or refuses it.
alter table order_line add column requested_quantity integer;
alter table order_line add column requested_change_date date;
