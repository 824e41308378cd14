INSERT INTO users (id, email) VALUES ('ae471708-81a5-4fff-a853-cbf419cbd288', 'user0@example.org');
INSERT INTO users (id, email) VALUES ('baa9ab14-10fd-447b-a150-a958622f63d0', 'user1@example.org');
INSERT INTO users (id, email) VALUES ('6cbb5f53-7c79-4808-a83d-2ea43674e1ff', 'user2@example.org');
INSERT INTO users (id, email) VALUES ('0144cace-1e5c-4226-8d4d-caa60b37252f', 'user3@example.org');
INSERT INTO users (id, email) VALUES ('e6e1f090-c15c-4b23-a57e-ae048477afce', 'user4@example.org');
