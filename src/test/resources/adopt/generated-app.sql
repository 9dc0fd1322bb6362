-- The database of a generated application whose own Liquibase changelogs built it, as they leave it on PostgreSQL:
-- keys and constraints named in the changelogs (fk_user_id, ux_user_login, ...), primary keys named by Liquibase
-- (<table>_pkey), the shared id sequence starting past the rows the changelogs load, timestamps without a precision,
-- the e-mail column at the 191 characters an old MySQL index limit imposed, and the changelogs' own history rows.
create sequence public.sequence_generator start with 1050 increment by 50;

create table public.jhi_user (id bigint not null, login varchar(50) not null, password_hash varchar(60),
    first_name varchar(50), last_name varchar(50), email varchar(191), image_url varchar(256), activated boolean not null,
    lang_key varchar(10), activation_key varchar(20), reset_key varchar(20), created_by varchar(50) not null,
    created_date timestamp, reset_date timestamp, last_modified_by varchar(50), last_modified_date timestamp,
    constraint jhi_user_pkey primary key (id), constraint ux_user_login unique (login), constraint ux_user_email unique (email));
create table public.jhi_authority (name varchar(50) not null, constraint jhi_authority_pkey primary key (name));
create table public.jhi_user_authority (user_id bigint not null, authority_name varchar(50) not null);
alter table public.jhi_user_authority add primary key (user_id, authority_name);
alter table public.jhi_user_authority add constraint fk_authority_name foreign key (authority_name)
    references public.jhi_authority (name);
alter table public.jhi_user_authority add constraint fk_user_id foreign key (user_id) references public.jhi_user (id);
alter table public.jhi_user alter column password_hash set not null;

create table public.bank_account (id bigint not null, name varchar(255) not null, balance decimal(21, 2) not null,
    user_id bigint, constraint bank_account_pkey primary key (id));
create table public.label (id bigint not null, label varchar(255) not null, constraint label_pkey primary key (id));
create table public.operation (id bigint not null, date timestamp not null, description varchar(255),
    amount decimal(21, 2) not null, bank_account_id bigint, constraint operation_pkey primary key (id));
create table public.rel_operation__label (label_id bigint not null, operation_id bigint not null);
alter table public.rel_operation__label add primary key (operation_id, label_id);
alter table public.bank_account add constraint fk_bank_account__user_id foreign key (user_id) references public.jhi_user (id);
alter table public.operation add constraint fk_operation__bank_account_id foreign key (bank_account_id)
    references public.bank_account (id);
alter table public.rel_operation__label add constraint fk_rel_operation__label__operation_id foreign key (operation_id)
    references public.operation (id);
alter table public.rel_operation__label add constraint fk_rel_operation__label__label_id foreign key (label_id)
    references public.label (id);

create table public.databasechangeloglock (id integer not null, locked boolean not null, lockgranted timestamp,
    lockedby varchar(255), constraint databasechangeloglock_pkey primary key (id));
insert into public.databasechangeloglock values (1, false, null, null);
create table public.databasechangelog (id varchar(255) not null, author varchar(255) not null, filename varchar(255) not null,
    dateexecuted timestamp not null, orderexecuted integer not null, exectype varchar(10) not null, md5sum varchar(35),
    description varchar(255), comments varchar(255), tag varchar(255), liquibase varchar(20), contexts varchar(255),
    labels varchar(255), deployment_id varchar(10));
insert into public.databasechangelog values
    ('00000000000000', 'jhipster', 'config/liquibase/changelog/00000000000000_initial_schema.xml', '2025-06-02 09:14:03', 1,
     'EXECUTED', '9:b6b4a3e1d0f3c2a7e5d4c3b2a1f0e9d8', 'createSequence sequenceName=sequence_generator', '', null, '4.31.1',
     null, null, '8855243210'),
    ('00000000000001', 'jhipster', 'config/liquibase/changelog/00000000000000_initial_schema.xml', '2025-06-02 09:14:03', 2,
     'EXECUTED', '9:0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f', 'createTable tableName=jhi_user, createTable tableName=jhi_authority, ...',
     '', null, '4.31.1', null, null, '8855243210');

insert into public.jhi_authority values ('ROLE_ADMIN'), ('ROLE_USER');
insert into public.jhi_user (id, login, password_hash, email, activated, created_by, created_date)
    values (1, 'admin', repeat('x', 60), 'admin@localhost', true, 'system',
            '2025-06-02 09:14:03');
insert into public.jhi_user_authority values (1, 'ROLE_ADMIN'), (1, 'ROLE_USER');
