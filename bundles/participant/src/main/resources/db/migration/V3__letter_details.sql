-- Letter details of a participant (issue 10): the postal address for the window field and the
-- letterhead, the contact person, phone and e-mail printed on the letters it issues, and the
-- account of its treasury printed on its payment requests. All optional: participants created
-- before stay as they are (null), and the document service prints the host default instead.
-- One common script: ADD COLUMN with a plain VARCHAR reads the same on Derby and PostgreSQL
-- (one column per statement, as Derby requires).
ALTER TABLE ikz_participant ADD COLUMN address_name VARCHAR(200);
ALTER TABLE ikz_participant ADD COLUMN address_addition VARCHAR(200);
ALTER TABLE ikz_participant ADD COLUMN street VARCHAR(200);
ALTER TABLE ikz_participant ADD COLUMN postal_code VARCHAR(5);
ALTER TABLE ikz_participant ADD COLUMN city VARCHAR(100);
ALTER TABLE ikz_participant ADD COLUMN contact_person VARCHAR(200);
ALTER TABLE ikz_participant ADD COLUMN phone VARCHAR(50);
ALTER TABLE ikz_participant ADD COLUMN email VARCHAR(254);
ALTER TABLE ikz_participant ADD COLUMN bank_holder VARCHAR(200);
ALTER TABLE ikz_participant ADD COLUMN iban VARCHAR(34);
ALTER TABLE ikz_participant ADD COLUMN bic VARCHAR(11);
ALTER TABLE ikz_participant ADD COLUMN bank_name VARCHAR(200);
