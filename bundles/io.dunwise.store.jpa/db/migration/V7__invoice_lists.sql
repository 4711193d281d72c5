-- Lists of invoice ids and of recipients are as long as a customer's overdue invoices and contacts: 80 invoices of
-- 64-character ids overflowed the 4,000 characters of version 1 and stopped the whole run (issue 18 §3). A million
-- characters holds over 15,000 ids; SET DATA TYPE is the standard form both H2 and PostgreSQL read.
alter table process_history alter column invoice_ids set data type varchar(1000000);
alter table process_history alter column recipients set data type varchar(1000000);
alter table collection_letter alter column invoice_ids set data type varchar(1000000);
alter table collections_case alter column invoice_ids set data type varchar(1000000);
alter table collections_case alter column activity_ids set data type varchar(1000000);
