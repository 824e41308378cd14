INSERT INTO users (id, email) VALUES ('ed306537-9032-4dc6-9f52-624803f2c316', 'user0@example.org');
INSERT INTO users (id, email) VALUES ('e4360ddf-668f-4283-a1b4-c35bc4cd8766', 'user1@example.org');
INSERT INTO users (id, email) VALUES ('576c9dda-9f02-4495-bd46-a8aebe89ca11', 'user2@example.org');
INSERT INTO users (id, email) VALUES ('773a0b5e-ec27-47fe-86f8-ac511947f6aa', 'user3@example.org');
INSERT INTO users (id, email) VALUES ('218ed3b6-6045-4c90-b3cd-f165b915d50e', 'user4@example.org');
