INSERT INTO users (id, email) VALUES ('c46f8e8b-32f2-4086-bce8-ffeab1ac4adc', 'user0@example.org');
INSERT INTO users (id, email) VALUES ('ed4b9d90-f5f0-4537-91b9-fea47f4d1e76', 'user1@example.org');
INSERT INTO users (id, email) VALUES ('5ff6d5d0-23d4-49a1-9f65-c70195dcad80', 'user2@example.org');
INSERT INTO users (id, email) VALUES ('baafb82e-2bc7-490a-ac3a-0b86749266d2', 'user3@example.org');
INSERT INTO users (id, email) VALUES ('087edc93-6b47-4d75-94a0-3c62ebab18f5', 'user4@example.org');
