-- Rows that adopting the database must keep.
insert into types (name) values ('cat');
insert into owners (first_name, last_name, address, city, telephone) values ('Ada', 'Byron', '12 Marylebone St.', 'London', '6085551023');
insert into pets (name, birth_date, type_id, owner_id) values ('Leo', '2020-09-07', 1, 1);
insert into visits (pet_id, visit_date, description) values (1, '2024-03-04', 'rabies shot');
