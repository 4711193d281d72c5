-- Version 8: postal addresses, so that a collection letter can be posted in a window envelope (R15). A customer's
-- own address, and a contact's for the letters of the contacts with the purpose Collections or Invoice. Every part
-- is optional in the ledger; a letter needs at least the street and the city. The street part may hold several
-- lines (a c/o line, a P.O. box), separated by line breaks.
alter table customer add column street varchar(1000);
alter table customer add column postal_code varchar(32);
alter table customer add column city varchar(255);
alter table customer add column country_name varchar(255);

alter table contact add column street varchar(1000);
alter table contact add column postal_code varchar(32);
alter table contact add column city varchar(255);
alter table contact add column country_name varchar(255);
