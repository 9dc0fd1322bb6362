--liquibase formatted sql

--changeset ops:audit-note
CREATE TABLE audit_note (id bigint CONSTRAINT pk_audit_note PRIMARY KEY, note text NOT NULL);
--rollback DROP TABLE audit_note;
