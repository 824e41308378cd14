INSERT INTO users (id, email) VALUES ('a1af5c56-8ddb-4150-8bb0-234dbde46094', 'user0@example.org');
INSERT INTO users (id, email) VALUES ('eb7ab3a6-ae8f-4dfb-92e6-d29189db0ef8', 'user1@example.org');
INSERT INTO users (id, email) VALUES ('424031f4-2fd0-4230-8a27-f7e3f7b9bb06', 'user2@example.org');
INSERT INTO users (id, email) VALUES ('100ffaa3-ebc6-4b1c-8e15-9620af2650d5', 'user3@example.org');
INSERT INTO users (id, email) VALUES ('c1e39c93-9ed3-4b02-8ad4-2a8ee3f2f3a4', 'user4@example.org');
