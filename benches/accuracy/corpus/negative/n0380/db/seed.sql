INSERT INTO users (id, email) VALUES ('06b3c660-4283-4d94-8ffb-91314c2c6b7d', 'user0@example.org');
INSERT INTO users (id, email) VALUES ('7c326368-a377-4c49-82ca-c6e00e3dbed8', 'user1@example.org');
INSERT INTO users (id, email) VALUES ('db067120-e8b5-445b-a693-d422ba161479', 'user2@example.org');
INSERT INTO users (id, email) VALUES ('a8c91907-ff0d-4b2b-8e92-768ddf4eb564', 'user3@example.org');
INSERT INTO users (id, email) VALUES ('0606954f-4965-4267-a730-ca7cfb355ed7', 'user4@example.org');
