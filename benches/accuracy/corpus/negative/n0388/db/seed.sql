INSERT INTO users (id, email) VALUES ('3721ce66-eb21-441e-b74a-c03566371248', 'user0@example.org');
INSERT INTO users (id, email) VALUES ('c4c03601-cf34-42ef-8e1f-a151159c8bcf', 'user1@example.org');
INSERT INTO users (id, email) VALUES ('a89fb245-13a6-4d51-95e8-96b26a46d841', 'user2@example.org');
INSERT INTO users (id, email) VALUES ('b972f351-1677-42bf-bd05-c4d8811165bb', 'user3@example.org');
INSERT INTO users (id, email) VALUES ('2d34f979-7aa5-45f3-b1c8-54a6281799bf', 'user4@example.org');
