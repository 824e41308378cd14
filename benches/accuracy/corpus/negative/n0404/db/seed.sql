INSERT INTO users (id, email) VALUES ('a175ef8e-ee32-46d5-8a11-6538ec29f1f3', 'user0@example.org');
INSERT INTO users (id, email) VALUES ('89c26cc2-5689-4e91-896d-afc4ce5b51ab', 'user1@example.org');
INSERT INTO users (id, email) VALUES ('ed54879b-1b01-4b4b-9075-25e6936f6326', 'user2@example.org');
INSERT INTO users (id, email) VALUES ('b3a17ba7-3e19-4bb1-b724-1b3b968b7c32', 'user3@example.org');
INSERT INTO users (id, email) VALUES ('8a4f8521-bdf2-49e3-bb4e-d6c8bc21f7cb', 'user4@example.org');
